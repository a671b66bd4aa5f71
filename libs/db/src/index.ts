export * from './db.module';
export * from './errors';
export * from './prisma.service';

// Row types of the models that other libs hand around; the generated client itself stays here.
export type {
  AuditEvent,
  Commitment,
  CreditRecord,
  Department,
  FormFiling,
  IssuedCertificate,
} from './generated/sqlite/client';
