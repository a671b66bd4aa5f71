import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';

// Global so that each domain's repositories can reach the database; domain modules export
// their services only, never this client.
@Global()
@Module({ providers: [PrismaService], exports: [PrismaService] })
export class DbModule {}
