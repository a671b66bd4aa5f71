import { Injectable } from '@nestjs/common';
import { AccessPolicy, Caller } from '#gw/auth';
import { CursorKey, emptyPage, Page, PageArgs, pageRequest, sliceToPage, uuidv7 } from '#gw/common';
import { Tx } from '#gw/db';
import { anonymizePhrase, CertificateMatchResult } from '#gw/matching';
import { CertificateMatcherService } from './certificate-matcher.service';
import { MatchedPhraseFilter, MatchedPhraseModel, PhraseOutcome } from './match-feedback.model';
import { MatchFeedbackRepository } from './match-feedback.repository';

// The feedback loop: what communities hear and the matcher does not understand (or cannot
// decide) is counted, without personal data, so that a list administrator can add the missing
// alias (catalog: addCertificateAlias) where it is most often needed.
@Injectable()
export class MatchFeedbackService {
  constructor(
    private readonly repo: MatchFeedbackRepository,
    private readonly matcher: CertificateMatcherService,
    private readonly policy: AccessPolicy,
  ) {}

  // Counts the phrase when the matcher could not settle on one entry; a phrase that cannot be
  // stored without personal data (or is only numbers) is not stored at all.
  async record(tx: Tx, text: string, result: CertificateMatchResult, at: Date): Promise<void> {
    if (result.kind === 'MATCHED') return;
    const phrase = anonymizePhrase(text);
    if (!phrase) return;
    const outcome = result.kind === 'AMBIGUOUS' ? PhraseOutcome.AMBIGUOUS : PhraseOutcome.UNMATCHED;
    await this.repo.record(
      tx,
      uuidv7(),
      phrase,
      outcome,
      result.candidates.map((c) => c.code),
      at,
    );
  }

  // Phrases carry no community (nothing that could identify who said them): they are the county's.
  async phrases(caller: Caller, filter: MatchedPhraseFilter, page?: PageArgs): Promise<Page<MatchedPhraseModel>> {
    const { size, take, after: cursor } = pageRequest(page, COUNT_AND_ID_KEY);
    if (!(await this.policy.overseesCounty(caller, 'catalog'))) return emptyPage();
    const { rows, total } = await this.repo.page(filter.outcome, cursor, take);
    const nodes: MatchedPhraseModel[] = [];
    for (const r of rows) {
      const { result, rowOf } = await this.matcher.match(r.phrase);
      const ref = (code: string) => ({ code, name: rowOf(code)?.name ?? code });
      nodes.push({
        id: r.id,
        phrase: r.phrase,
        outcome: r.outcome as PhraseOutcome,
        count: r.count,
        firstSeenAt: r.firstSeenAt,
        lastSeenAt: r.lastSeenAt,
        candidates: (Array.isArray(r.candidates) ? (r.candidates as string[]) : []).map(ref),
        matchesNow: result.kind === 'MATCHED' ? [ref(result.candidates[0].code)] : [],
      });
    }
    return sliceToPage(nodes, size, total, (n) => `${n.count}:${n.id}`);
  }
}

// phrases are listed by how often they were heard, then by id
const COUNT_AND_ID_KEY: CursorKey<{ count: number; id: string }> = {
  encode: (k) => `${k.count}:${k.id}`,
  parse: (key) => {
    const m = /^(\d{1,9}):([0-9a-f-]{36})$/.exec(key);
    return m ? { count: Number(m[1]), id: m[2] } : null;
  },
};
