import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CheckDecision, CheckReason } from '#gw/catalog';
import { Connection } from '#gw/common';

export enum PhraseOutcome {
  UNMATCHED = 'UNMATCHED',
  AMBIGUOUS = 'AMBIGUOUS',
}
registerEnumType(PhraseOutcome, {
  name: 'PhraseOutcome',
  valuesMap: {
    UNMATCHED: { description: '未能对应到任何证明事项' },
    AMBIGUOUS: { description: '可能对应几项证明事项' },
  },
});

@ObjectType('CertificateCandidate', { description: '居民所说可能对应的证明事项及其核对结果' })
export class CertificateCandidateModel {
  @Field({ description: '证明事项编码' })
  code: string;

  @Field()
  name: string;

  @Field(() => CheckDecision)
  decision: CheckDecision;

  @Field(() => CheckReason)
  reason: CheckReason;

  @Field(() => Float, { description: '相符程度（0–1）' })
  score: number;

  @Field({ description: '最相符的名称或别称' })
  matchedOn: string;

  @Field({ description: '依据居民的哪些说法，如“我爸→父亲、关系”' })
  explanation: string;
}

@ObjectType('CandidateRef', { description: '证明事项（编码和名称）' })
export class CandidateRefModel {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType('MatchedPhrase', { description: '社区核对中未能识别或有歧义的居民说法（已去除个人信息）' })
export class MatchedPhraseModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '居民的说法（规范化，数字已去除，人名记为“某”）' })
  phrase: string;

  @Field(() => PhraseOutcome, { description: '最近一次的结果' })
  outcome: PhraseOutcome;

  @Field(() => Int, { description: '出现次数' })
  count: number;

  @Field(() => GraphQLISODateTime)
  firstSeenAt: Date;

  @Field(() => GraphQLISODateTime)
  lastSeenAt: Date;

  @Field(() => [CandidateRefModel], { description: '最近一次给出的候选证明事项' })
  candidates: CandidateRefModel[];

  @Field(() => [CandidateRefModel], {
    description: '按当前目录（含新增别称）重新识别的结果：一项表示已能识别，空表示仍不能识别',
  })
  matchesNow: CandidateRefModel[];
}

@ObjectType()
export class MatchedPhraseConnection extends Connection(MatchedPhraseModel, 'MatchedPhrase') {}

@InputType()
export class MatchedPhraseFilter {
  @Field(() => PhraseOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(PhraseOutcome)
  outcome?: PhraseOutcome;
}
