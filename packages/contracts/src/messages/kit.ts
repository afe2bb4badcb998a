/**
 * User-facing messages (errors, refusals) are keyed by stable ids — `'auth.wrongCredentials'`,
 * `'hotspot.outsideProvince'` — and each id has its Vietnamese and English text in one table entry. The
 * foundation's table is `foundation.ts`; each register brings its own in its contract's `messages`, with ids
 * prefixed by its record type. `index.ts` joins them into the catalogue and the `MessageId` union, so an
 * unknown id, or a missing parameter, fails the typecheck.
 *
 * Parameters are named placeholders, `{until}`, the same in both languages. A parameter's value is a string,
 * a number, or `{ vi, en }` when it is itself a text to localise (a status label, a list of them).
 */
export type Localised = { readonly vi: string; readonly en: string };
export type Locale = keyof Localised;
export type MessageParam = string | number | Localised;
export type MessageParams = Readonly<Record<string, MessageParam>>;
export type MessageTable = Readonly<Record<string, Localised>>;

/** Keeps the literal ids and texts of a table (the placeholders of each text are read from its type). */
export const defineMessages = <const T extends MessageTable>(table: T): T => table;

/** The names of the `{name}` placeholders of a text, as a union. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

const placeholder = /\{(\w+)\}/g;

/** The names of the placeholders of a text, sorted, each once (what the catalogue test compares). */
export const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(placeholder)].map((m) => m[1]!))].sort();

/** A parameter's text in a language. */
export const paramText = (value: MessageParam, locale: Locale): string =>
  typeof value === 'object' ? value[locale] : String(value);

/** Fills a text's placeholders; one without a value stays visible (`{until}`) rather than becoming empty. */
export const interpolate = (text: string, params: MessageParams | undefined, locale: Locale): string =>
  text.replace(placeholder, (whole, name: string) => {
    const value = params?.[name];
    return value === undefined ? whole : paramText(value, locale);
  });

/** Localised texts joined (a list of status labels, in each language). */
export const joinLocalised = (items: readonly MessageParam[], separator = ', '): Localised => ({
  vi: items.map((i) => paramText(i, 'vi')).join(separator),
  en: items.map((i) => paramText(i, 'en')).join(separator),
});
