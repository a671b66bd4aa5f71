import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '#gw/common';
import { StatusListService } from '#gw/status';

// Public: the status lists (IETF Token Status List) that every receipt, commitment record and
// community certificate points into (status.status_list.{idx, uri}). Each is a JWT of typ
// statuslist+jwt signed with the gateway's key (JWKS at /.well-known/jwks.json), with exp and
// ttl, so a verifier that fetched one checks status offline until it expires.
@Controller()
export class StatusListsController {
  constructor(
    private readonly statusLists: StatusListService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('status-lists/:list')
  async list(@Param('list') list: string, @Res() res: Response): Promise<void> {
    const token = /^\d{1,9}$/.test(list) ? await this.statusLists.listToken(Number(list)) : null;
    if (!token) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: '未找到该状态列表' } });
      return;
    }
    res
      .status(200)
      .set('content-type', 'application/statuslist+jwt')
      .set('cache-control', `public, max-age=${this.config.statusList.ttlSec}`)
      .send(token);
  }
}
