import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';

/** The plan's own period starts under the three-level structure; this is its reference date. */
export const PLAN_ERA_DATE = '2024-01-01';

interface Props {
  value: string;
  onChange: (iso: string) => void;
  label?: string;
  id?: string;
}

/** "Units valid at" a date, with the two dates people ask for most: the plan's era and today. */
export function UnitDatePicker({ value, onChange, label, id }: Props) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <Space wrap>
      <DatePicker
        id={id}
        aria-label={label ?? t('units.atDate')}
        format={DATE_FORMAT}
        allowClear={false}
        value={dayjs(value)}
        onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))}
      />
      <Button
        onClick={() => onChange(PLAN_ERA_DATE)}
        type={value === PLAN_ERA_DATE ? 'primary' : 'default'}
        ghost={value === PLAN_ERA_DATE}
      >
        01/01/2024
      </Button>
      <Button
        onClick={() => onChange(today)}
        type={value === today ? 'primary' : 'default'}
        ghost={value === today}
      >
        {t('units.today')}
      </Button>
    </Space>
  );
}
