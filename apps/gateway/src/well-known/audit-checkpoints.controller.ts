import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '#gw/audit';
import { AppException, httpStatusOf } from '#gw/common';

// Public: a checkpoint says only "the audit chain had this hash at this position at this time",
// signed with the gateway's key (JWKS at /.well-known/jwks.json). Anyone may keep them; a
// history rewritten afterwards cannot match a kept one (verifyAuditChain(checkpoints: …)).
@Controller()
export class AuditCheckpointsController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit/checkpoints')
  @Header('cache-control', 'public, max-age=30')
  async checkpoints(@Query('limit') limit: unknown, @Res() res: Response): Promise<void> {
    const n = limit === undefined ? 20 : typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 100) {
      const err = AppException.badInput('limit 须为 1 至 100 的整数', { field: 'limit' });
      res.status(httpStatusOf(err.code)).json({ error: { code: err.code, message: err.message } });
      return;
    }
    const list = await this.audit.checkpoints(n);
    res.json({
      typ: 'audit-checkpoint+jwt',
      jwks: '/.well-known/jwks.json',
      checkpoints: list.map((c) => ({ seq: c.seq, hash: c.hash, at: c.at.toISOString(), token: c.token })),
    });
  }
}
