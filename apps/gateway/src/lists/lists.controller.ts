import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CatalogService, ListKind, listToCsv } from '#gw/catalog';
import { AppException, DATE_TIME_HINT, httpStatusOf, parseInstant } from '#gw/common';

// The community lists are public policy documents: anyone may download the version in force
// (or in force on a given date) as JSON or CSV, with its version and legal basis.
@Controller('lists')
export class ListsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get(':file')
  async export(@Param('file') file: string, @Query('at') at: unknown, @Res() res: Response): Promise<void> {
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
      // one value, a real date or instant: ?at=2026-02-30 is not 2 March, ?at=a&at=b is not a date
      const when = at === undefined ? new Date() : parseInstant(at);
      if (!when) throw AppException.badInput(`at ${DATE_TIME_HINT}，且只能给一次`, { field: 'at' });
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
