import type { ValidationError } from 'class-validator';
import { AppException } from './app.exception';
import { translateConstraint } from './input-messages';

interface Problem {
  field: string;
  message: string;
}

function problemsOf(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: translateConstraint(constraint, field, message),
    }));
    return [...own, ...problemsOf(e.children ?? [], field)];
  });
}

// What the validation pipe answers for an input its decorators refuse: the first problem's own
// message (the decorators' messages name their field) and the field it is about, as the
// services' own checks answer; every problem is listed in the details.
export function validationFailure(errors: ValidationError[]): AppException {
  const problems = problemsOf(errors);
  const first = problems[0];
  return AppException.badInput(first?.message ?? '输入有误', {
    ...(first ? { field: first.field } : {}),
    problems: problems.map((p) => p.message),
  });
}
