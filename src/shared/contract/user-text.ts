import { z } from 'zod';
import { textCodes } from '../i18n/codes';

/**
 * A user-visible text as main sends it: a catalogue code with its parameters, so the renderer shows it
 * in the UI language (`codes.<key>` in src/shared/i18n). Parameters are data (a server name, an error
 * code), never sentences.
 */
export const userTextSchema = z.object({
  key: z.enum(textCodes),
  params: z.record(z.string().max(32), z.union([z.string().max(512), z.number()])).optional(),
});
export type UserText = z.infer<typeof userTextSchema>;
