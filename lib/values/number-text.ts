/*
 * A number as typed in a form field. The text is kept as typed until the form is saved; then the stored type's
 * schema (lib/store/schemas.ts) refuses what is not a number or out of range, naming the field.
 */

/** Empty is not a number (NaN): the schema then says the value is missing. */
export const requiredNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text));

/** Empty is `null`, for a value that may be left out. */
export const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The field's text for a stored value that may be left out. */
export const optionalNumberText = (value: number | null): string => (value === null ? '' : String(value));
