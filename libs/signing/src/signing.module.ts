import { Module } from '@nestjs/common';
import { SigningKeyRepository } from './signing-key.repository';
import { SigningService } from './signing.service';
import { SubjectHasher } from './subject-hasher.service';

@Module({ providers: [SigningKeyRepository, SigningService, SubjectHasher], exports: [SigningService, SubjectHasher] })
export class SigningModule {}
