import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

// In a list filter, `field: null` means "no condition on this field", as leaving it out does.
// Without this, a null reached the repositories, and Prisma refuses null for a column that
// cannot be null (an internal error for a plain client choice). Runs before validation.
@Injectable()
export class NullFilterFieldsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const name = (metadata.metatype as { name?: string } | undefined)?.name ?? '';
    if (!name.endsWith('Filter') || !value || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
  }
}
