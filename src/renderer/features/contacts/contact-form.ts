import type { ContactFieldsInput, ContactView } from '../../../shared/contract';
import { contactTextFields, phoneTypes } from '../../../shared/contract';

export type PhoneType = (typeof phoneTypes)[number];
export const textFieldNames = contactTextFields;
export type TextFieldName = (typeof textFieldNames)[number];

/** One phone row of the form; `key` keeps React's row identity stable when rows are removed. */
export interface PhoneRow {
  key: number;
  type: PhoneType;
  number: string;
}

export interface ContactFormValues {
  text: Record<TextFieldName, string>;
  phones: PhoneRow[];
}

let nextRowKey = 1;
export function newPhoneRow(type: PhoneType = 'work', number = ''): PhoneRow {
  return { key: nextRowKey++, type, number };
}

export function formValuesOf(fields: ContactFieldsInput | ContactView | undefined): ContactFormValues {
  const text = Object.fromEntries(textFieldNames.map((name) => [name, fields?.[name] ?? ''])) as Record<
    TextFieldName,
    string
  >;
  const phones = (fields?.phones ?? []).map((phone) => newPhoneRow(phone.type, phone.number));
  return { text, phones: phones.length > 0 ? phones : [newPhoneRow()] };
}

/** What is sent to contacts.add / contacts.edit; rows left empty are dropped. */
export function fieldsOf(values: ContactFormValues): ContactFieldsInput {
  return {
    ...values.text,
    phones: values.phones
      .filter((row) => row.number.trim() !== '')
      .map((row) => ({ type: row.type, number: row.number.trim() })),
  };
}

/**
 * Where an error main reported about `field` is shown. Main numbers phone rows among the rows it was
 * sent, which skips the empty ones; this maps that back to the row on screen.
 */
export function errorTarget(field: string | undefined, values: ContactFormValues): string | undefined {
  if (field === undefined) return undefined;
  // "Enter at least one phone number": shown at the first number field.
  if (field === 'phones')
    return values.phones[0] === undefined ? undefined : `phone-${values.phones[0].key}-number`;
  const phone = /^phones\.(\d+)\.(number|type)$/.exec(field);
  if (phone === null) return (textFieldNames as readonly string[]).includes(field) ? field : undefined;
  const sent = values.phones.filter((row) => row.number.trim() !== '');
  const row = sent[Number(phone[1])] ?? values.phones[Number(phone[1])];
  return row === undefined ? undefined : `phone-${row.key}-${phone[2]}`;
}

export function isPhoneType(value: string): value is PhoneType {
  return (phoneTypes as readonly string[]).includes(value);
}
