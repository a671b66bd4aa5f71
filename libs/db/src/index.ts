export * from './db.module';
export * from './prisma.service';
export * from './database-url';
export * from './migrations';
