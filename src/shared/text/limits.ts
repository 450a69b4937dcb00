/**
 * How long a value from the network may be once main keeps it (calls, history, the contract's views).
 * Counted in UTF-16 code units, as JavaScript and zod's .max() count. Each bound is far above what a
 * person dials, reads or a PBX sends, and far below what could fill a database or a screen.
 */

/** A contact's phone number. E.164 numbers have at most 15 digits, SIP user names rarely reach 40. */
export const maxPhoneNumberLength = 64;

/**
 * The other party's number: the user part of the SIP URI, or the whole URI when it has none. As long
 * as a contact's phone number, so every number in the history can become a contact.
 */
export const maxRemoteNumberLength = maxPhoneNumberLength;

/** A caller's display name (From/P-Asserted-Identity) or a contact's name shown for a call. */
export const maxDisplayNameLength = 128;

/**
 * Why a call ended: a SIP reason phrase ("Busy Here", RFC 3261 §7.2 suggests a few words) or our own
 * sentence about a failure, which can carry a library's error message.
 */
export const maxReasonTextLength = 256;

/** Key presses the far end sent (SIP INFO), newest last; for diagnostics only. */
export const maxReceivedDtmfLength = 64;

/** A contact's text field (name, company, e-mail; contracts' contactFieldsSchema), also as caller ID. */
export const maxContactTextLength = 256;
