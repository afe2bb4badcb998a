import type { PersonSummary } from '@pcmt/contracts';
import { formatDate } from '../../i18n/format.ts';

/** A birth as the record holds it: dd/mm/yyyy, or the year alone when only the year is known. */
export const birthText = (p: Pick<PersonSummary, 'birthDate' | 'birthPrecision'>): string =>
  !p.birthDate ? '—' : p.birthPrecision === 'year' ? p.birthDate.slice(0, 4) : formatDate(p.birthDate);

/** 12 digits typed in the search box (spaces and dots allowed): the server looks the CCCD up exactly. */
export const looksLikeCccd = (q: string | undefined): boolean =>
  /^\d{12}$/.test((q ?? '').replace(/[\s.]/g, ''));
