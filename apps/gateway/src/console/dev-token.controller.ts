import { Body, Controller, Get, Header, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { ensureDevKey, isRole, Role, ROLE_DEFAULTS, signDevToken } from '#gw/auth';
import { CatalogService } from '#gw/catalog';
import { APP_CONFIG, AppConfig, AppException, ErrorCode, httpStatusOf, LOGGER, maskIdNumber } from '#gw/common';
import { devResident, devResidents } from './dev-residents';
import { devSignInAllowed } from './dev-sign-in';

const TTL_SECONDS = 8 * 3600;

interface DevTokenRequest {
  roles?: unknown;
  department?: unknown;
  region?: unknown;
  // RESIDENT: which synthetic resident (a key of /dev/identities residents)
  resident?: unknown;
}

// Development sign-in for the console: pick a role, a department and a region, get a token
// signed by the development key. Refused exactly when `npm run token` refuses (production, or
// an external identity provider key), so no deployment can hand out tokens.
@Controller('dev')
export class DevTokenController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly catalog: CatalogService,
  ) {}

  @Get('identities')
  @Header('cache-control', 'no-store')
  async identities(@Res() res: Response): Promise<void> {
    await this.answer(res, 200, async () => {
      const [departments, regions] = await Promise.all([this.catalog.departments(), this.catalog.regions()]);
      return {
        roles: Object.values(Role).map((role) => ({ role, ...ROLE_DEFAULTS[role] })),
        departments: departments.map((d) => ({ code: d.code, name: d.name, kind: d.kind })),
        regions: regions.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
        // never the number itself: the browser names a resident by key
        residents: devResidents().map((r) => ({ key: r.key, label: r.label, masked: maskIdNumber(r.idNumber) })),
      };
    });
  }

  @Post('token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async token(@Body() body: DevTokenRequest, @Res() res: Response): Promise<void> {
    await this.answer(res, 200, async () => {
      const key = await ensureDevKey(this.config.dataDir);
      if (Array.isArray(body?.roles) && body.roles.includes(Role.RESIDENT)) {
        const resident = devResident(body.resident);
        if (!resident || body.roles.length !== 1)
          throw AppException.badInput('请选择一位示例居民（居民不能同时兼任工作人员角色）', { field: 'resident' });
        const token = await signDevToken(key, this.config.auth, {
          roles: [Role.RESIDENT],
          subject: `demo-resident-${resident.key}`,
          name: `示例居民 ${maskIdNumber(resident.idNumber)}`,
          idNumber: resident.idNumber,
          ttlSeconds: TTL_SECONDS,
        });
        this.logger.info({ roles: [Role.RESIDENT], resident: resident.key }, 'development console token issued');
        return { token, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString() };
      }
      const roles = await this.claims(body ?? {});
      const token = await signDevToken(key, this.config.auth, { ...roles, ttlSeconds: TTL_SECONDS });
      this.logger.info({ roles: roles.roles, department: roles.department }, 'development console token issued');
      return { token, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString() };
    });
  }

  private async claims(body: DevTokenRequest): Promise<{ roles: Role[]; department: string | null; region: string }> {
    const roles = Array.isArray(body.roles) ? [...new Set(body.roles)] : [];
    if (roles.length === 0 || roles.length > 8 || !roles.every(isRole) || roles.includes(Role.RESIDENT))
      throw AppException.badInput('请选择至少一个有效角色', { field: 'roles' });
    const primary = ROLE_DEFAULTS[roles[0]];
    const department = body.department === undefined ? primary.department : body.department;
    if (department !== null) {
      const known = (await this.catalog.departments()).some((d) => d.code === department);
      if (typeof department !== 'string' || !known) throw AppException.badInput('未知的部门', { field: 'department' });
    }
    const region = body.region === undefined || body.region === null ? primary.region : body.region;
    if (typeof region !== 'string' || !/^\d{12}$/.test(region) || !(await this.catalog.findRegion(region)))
      throw AppException.badInput('未知的区划', { field: 'region' });
    return { roles, department, region };
  }

  private async answer(res: Response, status: number, produce: () => Promise<unknown>): Promise<void> {
    try {
      if (!devSignInAllowed(this.config))
        throw AppException.forbidden('生产环境或已配置外部身份提供方时，不提供开发登录；请通过统一身份认证登录');
      res.status(status).json(await produce());
    } catch (err) {
      if (!(err instanceof AppException)) throw err;
      const code: ErrorCode = err.code;
      res.status(httpStatusOf(code)).json({ error: { code, message: err.message } });
    }
  }
}
