// graphql-js and class-validator explain a refused value in English ("Variable "$i" got invalid
// value 5 at "i.name"; String cannot represent a non string value", "name must be longer than or
// equal to 2 characters"). A clerk reads the message: these say the same in Chinese, naming the
// field, and nothing of the English text is passed on.

const HAS_CJK = /[\u3400-\u9fff]/;

export function isChinese(message: string): boolean {
  return HAS_CJK.test(message);
}

// --- graphql-js: values refused while coercing variables and literal arguments

function reasonOf(reason: string, field: string): string {
  let m: RegExpExecArray | null;
  if (HAS_CJK.test(reason)) return reason;
  if ((m = /^Field "([^"]+)" of required type "[^"]+" was not provided/.exec(reason)))
    return `缺少必填字段 ${join(field, m[1])}`;
  if (/^Expected non-nullable type "[^"]+" not to be null/.test(reason)) return '不能为 null';
  if ((m = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(reason))) return `没有字段 ${m[1]}`;
  if (/^Expected type "[^"]+" to be an object/.test(reason)) return '须为对象';
  if (/32-bit signed integer/.test(reason)) return '须为 -2147483648 到 2147483647 之间的整数';
  if (/^Int cannot represent/.test(reason)) return '须为整数';
  if (/^Float cannot represent/.test(reason)) return '须为数字';
  if (/^String cannot represent/.test(reason)) return '须为文本';
  if (/^Boolean cannot represent/.test(reason)) return '须为 true 或 false';
  if (/^ID cannot represent/.test(reason)) return '须为文本形式的 ID';
  if ((m = /^(?:Value|Enum) "[^"]*" does not exist in "([^"]+)" enum/.exec(reason))) return `不是 ${m[1]} 的可选值`;
  if ((m = /^Enum "([^"]+)" cannot represent/.exec(reason))) return `不是 ${m[1]} 的可选值`;
  return '格式不正确';
}

function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}

// "i.subject.name" for the variable $i: the variable's own name is the client's choice, the rest
// is the input's field (as the validation of the input names it); a bare variable keeps its name.
function fieldOfVariable(variable: string, path: string | undefined): string {
  if (!path) return variable;
  const rest = path.split('.').slice(1).join('.');
  return rest || variable;
}

export interface InputProblem {
  message: string;
  field?: string;
}

// The Chinese form of a graphql-js message about an input value; null when the message is about
// something else (a document that asks for a field the schema does not have, say).
export function translateGraphQLInputMessage(message: string): InputProblem | null {
  let m: RegExpExecArray | null;
  if ((m = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message))) {
    const field = fieldOfVariable(m[1], m[2]);
    const missing = /^Field "([^"]+)" of required type "[^"]+" was not provided/.exec(m[3]);
    if (missing) {
      const child = m[2] ? join(field, missing[1]) : missing[1];
      return { field: child, message: `缺少必填字段 ${child}` };
    }
    return { field, message: `${field} ${reasonOf(m[3], field)}` };
  }
  if ((m = /^Variable "\$(\w+)" of required type "[^"]+" was not provided/.exec(message)))
    return { field: m[1], message: `缺少必填参数 ${m[1]}` };
  if ((m = /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null/.exec(message)))
    return { field: m[1], message: `参数 ${m[1]} 不能为 null` };
  if ((m = /^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided/.exec(message)))
    return { field: m[2], message: `${m[1]} 缺少必填参数 ${m[2]}` };
  if ((m = /^Field "(\w+)\.(\w+)" of required type "[^"]+" was not provided/.exec(message)))
    return { field: m[2], message: `${m[1]} 缺少必填字段 ${m[2]}` };
  if ((m = /^Expected value of type "([^"]+)", found [^;]*(?:; (.*))?$/s.exec(message)))
    return { message: `参数值不是 ${m[1]} 类型：${m[2] ? reasonOf(m[2], '') : '格式不正确'}` };
  if ((m = /^Value "[^"]*" does not exist in "([^"]+)" enum/.exec(message)))
    return { message: `参数值不是 ${m[1]} 的可选值` };
  // a scalar of ours refused a literal with its own (Chinese) message
  if (HAS_CJK.test(message)) return { message };
  if ((m = /^Field "(\w+)" is not defined by type "([^"]+)"/.exec(message)))
    return { field: m[1], message: `${m[2]} 没有字段 ${m[1]}` };
  return null;
}

// --- class-validator: the default messages of the decorators used without a message of their own

function number(message: string): string {
  return /(-?\d+(?:\.\d+)?)/.exec(message)?.[1] ?? '';
}

export function translateConstraint(constraint: string, field: string, message: string): string {
  if (HAS_CJK.test(message)) return message;
  switch (constraint) {
    case 'isString':
      return `${field} 须为文本`;
    case 'isInt':
      return `${field} 须为整数`;
    case 'isNumber':
      return `${field} 须为数字`;
    case 'isBoolean':
      return `${field} 须为 true 或 false`;
    case 'minLength':
      return `${field} 至少 ${number(message)} 个字符`;
    case 'maxLength':
      return `${field} 至多 ${number(message)} 个字符`;
    case 'min':
      return `${field} 不能小于 ${number(message)}`;
    case 'max':
      return `${field} 不能大于 ${number(message)}`;
    case 'arrayMinSize':
      return `${field} 至少须有 ${number(message)} 项`;
    case 'arrayMaxSize':
      return `${field} 至多 ${number(message)} 项`;
    case 'isNotEmpty':
    case 'isDefined':
      return `${field} 不能为空`;
    case 'isUrl':
      return `${field} 须为 http(s) 地址`;
    case 'isEnum':
    case 'isIn':
      return `${field} 不是可选值之一`;
    case 'isArray':
      return `${field} 须为列表`;
    case 'isObject':
      return `${field} 须为对象`;
    default:
      return `${field} 格式不正确`;
  }
}
