import { registerContracts } from '../registers/index.ts';
import { foundationMessages } from './foundation.ts';
import {
  interpolate,
  type Locale,
  type Localised,
  type MessageParam,
  type MessageParams,
  type Placeholders,
} from './kit.ts';

export * from './foundation.ts';
export * from './kit.ts';

type Contract = (typeof registerContracts)[number];
type ContractMessages<C> = C extends { messages: infer M } ? M : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Every message, the foundation's and each registered contract's, by id (the type of the catalogue). */
export type MessageCatalogue = typeof foundationMessages & UnionToIntersection<ContractMessages<Contract>>;
/** A message id: an id no table defines is a type error wherever a message is sent. */
export type MessageId = keyof MessageCatalogue & string;

/** The named parameters a message needs, read from the placeholders of its Vietnamese text. */
export type MessageParamsOf<I extends MessageId> = {
  readonly [K in Placeholders<MessageCatalogue[I]['vi']>]: MessageParam;
};
/** `[params]` for a message with placeholders, `[]` (or `[undefined]`) for one without. */
export type MessageArgs<I extends MessageId> = [Placeholders<MessageCatalogue[I]['vi']>] extends [never]
  ? [params?: undefined]
  : [params: MessageParamsOf<I>];

/** The catalogue: each register brings its own table (its contract's `messages`), joined here. */
export const messageCatalogue: Readonly<Record<MessageId, Localised>> = Object.assign(
  {},
  foundationMessages,
  ...registerContracts.map((c) => c.messages),
);

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(messageCatalogue, id);

/** A message in a language, its placeholders filled. */
export const renderMessage = (id: MessageId, params: MessageParams | undefined, locale: Locale): string =>
  interpolate(messageCatalogue[id][locale], params, locale);

/** A message's Vietnamese text, for zod refinements (which carry one string) and the Vietnamese-only CLI. */
export const viText = (id: MessageId): string => messageCatalogue[id].vi;

/** A message's texts as a parameter of another message (e.g. "none (final status)" in a list of moves). */
export const localisedMessage = (id: MessageId): Localised => messageCatalogue[id];

/**
 * The one place where a sentence is a key. A zod refinement in the contracts carries a single string — the
 * Vietnamese text, since the web shows it in forms as it is — so the HTTP layer finds its message id (and
 * thereby its English) from that text. Only texts without parameters are looked up.
 */
const idOfText = new Map<string, MessageId>(
  (Object.entries(messageCatalogue) as [MessageId, Localised][])
    .filter(([, t]) => !t.vi.includes('{'))
    .map(([id, t]) => [t.vi, id]),
);
export const messageIdOfText = (vi: string): MessageId | undefined => idOfText.get(vi);
