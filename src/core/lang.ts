/** The two languages every user-visible string exists in. */
export type Lang = 'zh' | 'en';
