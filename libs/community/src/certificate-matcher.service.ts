import { Injectable } from '@nestjs/common';
import { CatalogService, certificateAliases, CertificateRow } from '#gw/catalog';
import { CertificateIndex, CertificateMatchResult } from '#gw/matching';

type Entry = { code: string; name: string; aliases: string[]; row: CertificateRow };

// The matcher over the catalog in force. Building the index segments every name and alias, so
// it is rebuilt only when the catalog read (cached for a few seconds by CatalogService) differs
// from the one it was built from; an alias added on another replica is picked up that way.
@Injectable()
export class CertificateMatcherService {
  private built: { rows: CertificateRow[]; fingerprint: string; index: CertificateIndex<Entry> } | null = null;

  constructor(private readonly catalog: CatalogService) {}

  async match(text: string): Promise<{ result: CertificateMatchResult; rowOf: (code: string) => CertificateRow }> {
    const rows = await this.catalog.matchableCertificateRows();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return { result: this.index(rows).match(text), rowOf: (code) => byCode.get(code)! };
  }

  private index(rows: CertificateRow[]): CertificateIndex<Entry> {
    if (this.built?.rows === rows) return this.built.index;
    const entries = rows.map((row) => ({ code: row.code, name: row.name, aliases: certificateAliases(row), row }));
    const fingerprint = JSON.stringify(entries.map((e) => [e.code, e.name, e.aliases, e.row.disposition]));
    if (this.built?.fingerprint !== fingerprint)
      this.built = { rows, fingerprint, index: new CertificateIndex(entries) };
    else this.built.rows = rows;
    return this.built.index;
  }
}
