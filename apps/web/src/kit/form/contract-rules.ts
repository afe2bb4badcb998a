import type { Rule } from 'antd/es/form';
import { z } from 'zod';

type Check = { _zod: { def: { check?: string; minimum?: number; maximum?: number } } };
type Node = { _zod: { def: { type: string; in?: Node; out?: Node; innerType?: Node; checks?: Check[] } } };

/** The length limits declared by a contract field (through pipes, transforms and optionals). */
export function limitsOf(schema: z.ZodType): { min?: number; max?: number; optional: boolean } {
  let node = schema as unknown as Node;
  let optional = false;
  const out: { min?: number; max?: number } = {};
  for (let depth = 0; depth < 8 && node; depth++) {
    const def = node._zod.def;
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === 'max_length' && d.maximum !== undefined) out.max = d.maximum;
      if (d.check === 'min_length' && d.minimum !== undefined) out.min = d.minimum;
    }
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') optional = true;
    const next =
      def.type === 'pipe' ? (def.out?._zod.def.type === 'transform' ? def.in : def.out) : def.innerType;
    if (!next) break;
    // A transform on the way in (vnText) hides nothing: keep looking at both ends.
    if (def.type === 'pipe' && def.in && def.out) {
      const a = limitsOf(def.in as unknown as z.ZodType);
      if (a.max !== undefined) out.max ??= a.max;
      if (a.min !== undefined) out.min ??= a.min;
    }
    node = next;
  }
  return { ...out, optional };
}

/**
 * Form rules from the contract's own schema: the same checks and messages the server applies, so a limit is
 * declared once (`packages/contracts`) and never re-typed in a form. `required` uses the form's wording.
 */
export function contractRules(schema: z.ZodType, requiredMessage: string): Rule[] {
  const { optional } = limitsOf(schema);
  return [
    ...(optional ? [] : [{ required: true, message: requiredMessage }]),
    {
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || value === '') return;
        const result = schema.safeParse(value);
        if (!result.success) throw new Error(result.error.issues[0]?.message ?? '');
      },
    },
  ];
}

/** `maxLength` for the input, so the user cannot type past what the server accepts. */
export const maxLengthOf = (schema: z.ZodType): number | undefined => limitsOf(schema).max;

/** Zod's own messages in the UI language (contract messages are already Vietnamese). */
export function useZodLanguage(language: string): void {
  z.config(language === 'en' ? z.locales.en() : z.locales.vi());
}
