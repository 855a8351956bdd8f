/** A language the engine has messages and labels in. zh-CN is the default wherever the host gives none. */
export type Locale = "zh-CN" | "en";

/** Values a message template may show. */
export type MessageParams = Readonly<Record<string, string | number | boolean | undefined>>;

/** One issue code's text in every supported language. */
export type MessageEntry = Readonly<Record<Locale, (params: MessageParams) => string>>;

/** Issue code → text; each engine area keeps its own table next to the others in `src/messages/`. */
export type MessageTable = Readonly<Record<string, MessageEntry>>;
