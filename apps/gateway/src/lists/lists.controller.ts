import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CatalogService, ListKind, listToCsv } from '#gw/catalog';
import { AppException, httpStatusOf } from '#gw/common';

// The community lists are public policy documents: anyone may download the version in force
// (or in force on a given date) as JSON or CSV, with its version and legal basis.
@Controller('lists')
export class ListsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get(':file')
  async export(@Param('file') file: string, @Query('at') at: string | undefined, @Res() res: Response): Promise<void> {
    try {
      const match = /^([A-Z_]+)\.(json|csv)$/.exec(file);
      if (!match || !(Object.values(ListKind) as string[]).includes(match[1])) {
        throw AppException.notFound(
          '未找到该清单；可用：' +
            Object.values(ListKind)
              .map((k) => `${k}.json、${k}.csv`)
              .join('、'),
        );
      }
      const when = at ? new Date(at) : new Date();
      if (Number.isNaN(when.getTime())) throw AppException.badInput('at 须为日期，如 2026-01-01', { field: 'at' });
      const list = await this.catalog.communityList(match[1] as ListKind, when);
      const name = `${list.kind}-v${list.version}.${match[2]}`;
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      if (match[2] === 'csv') {
        res.type('text/csv; charset=utf-8').send(listToCsv(list));
      } else {
        res.json(list);
      }
    } catch (err) {
      if (!(err instanceof AppException)) throw err;
      res.status(httpStatusOf(err.code)).json({ error: { code: err.code, message: err.message } });
    }
  }
}
