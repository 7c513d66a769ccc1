/** What a reader of user input returns: the value, or a message a person can act on. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const problem = (message: string): Checked<never> => ({ ok: false, message });
