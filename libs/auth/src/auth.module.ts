import { Global, Module } from '@nestjs/common';
import { SigningModule } from '#gw/signing';
import { AccessPolicy } from './access-policy';
import { TokenVerifier } from './token-verifier.service';

// Global: every domain's services ask the one access policy. It reads regions through the
// RegionDirectory the catalog provides (auth cannot import the catalog, which depends on it).
@Global()
@Module({ imports: [SigningModule], providers: [TokenVerifier, AccessPolicy], exports: [TokenVerifier, AccessPolicy] })
export class AuthModule {}
