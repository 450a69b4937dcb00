/**
 * Bounded strings the contract's schemas share. Requests are bounded so a renderer cannot send
 * megabytes; results and events to what main keeps or produces, so a value that slipped past the
 * bounds elsewhere is caught by the router's result parsing instead of reaching the screen. Each bound
 * is well above the longest legitimate value (a result over its bound is an INTERNAL error).
 */
import { z } from 'zod';

/** Call ids are UUIDs (36 characters). */
export const callIdText = z.string().max(64);

/** Account ids are UUIDs. */
export const accountIdText = z.string().max(64);

/** Contact source ids: `local` or `<kind>:<8 hex>`; the requests allow 80. */
export const sourceIdText = z.string().max(80);

/** A source's name: the user's or the provisioning server's, shown next to its contacts. */
export const sourceNameText = z.string().max(256);

/**
 * A contact's id in its source: a UUID (local), an LDAP DN, a Windows contact's ContactID or
 * `file:<relative path>`, a cloud id.
 */
export const contactIdText = z.string().max(8192);

/** Media device ids as browsers report them (Chromium: 64 hex characters; settings keep at most 256). */
export const deviceIdText = z.string().max(1024);

/** Full setting keys, `group.field`. */
export const settingKeyText = z.string().max(128);

/** A folder or file path (Windows' extended-length paths reach 32,767 characters). */
export const pathText = z.string().max(32_768);

/** A sentence saying what happened or failed, in English; may quote a server's answer or an address. */
export const messageText = z.string().max(8192);

/** An SDP body (RFC 8866): a few kilobytes even with many candidates and codecs. */
export const sdpText = z.string().max(65_536);
