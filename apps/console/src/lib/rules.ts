import type { FormItemRule } from 'element-plus';
import { claimFieldProblem, type ClaimField, type ClaimValue } from './claim-schema';
import { containsIdNumber, idNumberInTextMessage, idNumberMessage } from './id-number';

// Form rules in the form library's shape; each says in Chinese what to fix, as the clerk types.

type Callback = (error?: Error) => void;

export function required(message: string): FormItemRule {
  return {
    required: true,
    trigger: ['blur', 'change'],
    validator: (_r: unknown, value: unknown, cb: Callback) =>
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
        ? cb(new Error(message))
        : cb(),
  };
}

export function idNumberRule(label = '公民身份号码', isRequired = true): FormItemRule {
  return {
    required: isRequired,
    trigger: ['change', 'blur'],
    validator: (_r: unknown, value: unknown, cb: Callback) => {
      const text = typeof value === 'string' ? value : '';
      if (!text.trim()) return isRequired ? cb(new Error(`请填写${label}`)) : cb();
      const message = idNumberMessage(text);
      return message ? cb(new Error(message)) : cb();
    },
  };
}

export function maxLength(max: number, label: string): FormItemRule {
  return {
    trigger: ['change', 'blur'],
    validator: (_r: unknown, value: unknown, cb: Callback) =>
      typeof value === 'string' && value.trim().length > max ? cb(new Error(`${label}不超过 ${max} 个字`)) : cb(),
  };
}

export function pattern(re: RegExp, message: string): FormItemRule {
  return {
    trigger: ['change', 'blur'],
    validator: (_r: unknown, value: unknown, cb: Callback) =>
      typeof value === 'string' && value !== '' && !re.test(value) ? cb(new Error(message)) : cb(),
  };
}

// Free text (a certificate's content, a note, a reason) never carries an ID number.
export function noIdNumber(label: string): FormItemRule {
  return {
    trigger: ['change', 'blur'],
    validator: (_r: unknown, value: unknown, cb: Callback) =>
      typeof value === 'string' && containsIdNumber(value) ? cb(new Error(idNumberInTextMessage(label))) : cb(),
  };
}

export function claimRule(field: ClaimField): FormItemRule {
  return {
    required: field.required,
    trigger: ['change', 'blur'],
    validator: (_r: unknown, value: unknown, cb: Callback) => {
      const problem = claimFieldProblem(field, value as ClaimValue);
      return problem ? cb(new Error(problem)) : cb();
    },
  };
}
