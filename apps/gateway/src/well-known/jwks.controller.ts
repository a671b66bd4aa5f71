import { Controller, Get, Header } from '@nestjs/common';
import { SigningService } from '#gw/signing';

// Public keys that verify connector requests and receipts signed by any gateway instance.
@Controller()
export class JwksController {
  constructor(private readonly signing: SigningService) {}

  @Get('.well-known/jwks.json')
  @Header('cache-control', 'public, max-age=300')
  jwks() {
    return this.signing.jwks();
  }
}
