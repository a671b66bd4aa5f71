import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '#gw/common';
import { PrismaService } from '#gw/db';
import { migrationStatus } from '#gw/migrations';

@Controller()
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(@Res({ passthrough: true }) res: Response) {
    const result: { status: string; database: string; pendingMigrations?: string[] } = {
      status: 'ready',
      database: 'ok',
    };
    try {
      await this.prisma.ping();
      const { pending } = await migrationStatus(this.config.databaseUrl);
      result.pendingMigrations = pending;
      if (pending.length > 0) result.status = 'migrations pending';
    } catch {
      result.database = 'unreachable';
      result.status = 'not ready';
    }
    res.status(result.status === 'ready' ? 200 : 503);
    return result;
  }
}
