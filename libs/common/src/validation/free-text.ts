import { PipeTransform } from '@nestjs/common';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { AppException } from '../errors';
import { containsIdNumber, idNumberInTextMessage } from '../id-number-in-text';

// Free text a person types (a matter, a reason, a note, a certificate's content) never carries a
// citizen ID number: it would be stored, signed or shown in the clear. One detector decides
// (id-number-in-text.ts); this decorator applies it to an input field, FreeText to a plain
// argument, assertNoIdNumber to a value a service assembles.
export function NoIdNumber(label?: string, each = false): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noIdNumber',
      validator: {
        validate: (value: unknown) => !hasIdNumber(value),
        defaultMessage: (args?: ValidationArguments) => idNumberInTextMessage(label ?? args?.property ?? '文本'),
      },
    },
    { each },
  );
}

function hasIdNumber(value: unknown): boolean {
  if (typeof value === 'string') return containsIdNumber(value);
  if (Array.isArray(value)) return value.some(hasIdNumber);
  return false;
}

export function assertNoIdNumber(value: string | null | undefined, field: string, label: string): void {
  if (value && containsIdNumber(value)) throw AppException.badInput(idNumberInTextMessage(label), { field });
}

// For a plain string argument: `@Args('reason', new FreeText('撤回原因')) reason: string`.
export class FreeText implements PipeTransform<unknown, unknown> {
  constructor(private readonly label: string) {}

  transform(value: unknown, metadata: { data?: string }): unknown {
    if (typeof value === 'string') assertNoIdNumber(value, metadata.data ?? 'text', this.label);
    return value;
  }
}
