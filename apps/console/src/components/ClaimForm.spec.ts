import { defineComponent, h, reactive, ref } from 'vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { ElForm } from 'element-plus';
import { buildClaim, claimFields, type ClaimValue } from '../lib/claim-schema';
import ClaimForm from './ClaimForm.vue';

// claim schemas as the catalog ships them (libs/catalog/src/seed/fact-types.data.ts)
const ID = '^[0-9]{17}[0-9X]$';
const MARITAL = {
  type: 'object',
  properties: {
    status: {
      type: 'string',
      description: '婚姻状况',
      enum: ['MARRIED', 'UNMARRIED', 'DIVORCED', 'WIDOWED'],
      enumNames: ['已婚', '未婚', '离婚', '丧偶'],
    },
    spouseIdNumber: { type: 'string', description: '配偶公民身份号码（已婚时填写）', pattern: ID },
  },
  required: ['status'],
  additionalProperties: false,
};
const DEATH = {
  type: 'object',
  properties: {
    deceased: { type: 'boolean', description: '是否已死亡' },
    deathDate: { type: 'string', description: '死亡日期（YYYY-MM-DD）', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
  },
  required: ['deceased'],
  additionalProperties: false,
};
const FAMILY = {
  type: 'object',
  properties: {
    belowThreshold: { type: 'boolean', description: '家庭人均月收入是否低于标准' },
    thresholdYuan: { type: 'integer', description: '比对标准（元/人·月）' },
  },
  required: ['belowThreshold'],
};

// a valid number and the same with a wrong check character
const GOOD_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';

function mountForm(schema: unknown, initial: Record<string, ClaimValue> = {}) {
  const fields = claimFields(schema);
  const model = reactive({ claim: { ...initial } as Record<string, ClaimValue> });
  const form = ref<InstanceType<typeof ElForm> | null>(null);
  const Host = defineComponent({
    setup: () => () =>
      h(ElForm, { ref: form, model, labelWidth: '160px' }, () =>
        h(ClaimForm, {
          fields,
          modelValue: model.claim,
          'onUpdate:modelValue': (v: Record<string, ClaimValue>) => (model.claim = v),
        }),
      ),
  });
  const host = document.createElement('div');
  document.body.appendChild(host);
  const wrapper = mount(Host, { attachTo: host });
  return {
    wrapper,
    model,
    fields,
    validate: () =>
      form.value!.validate().then(
        () => true,
        () => false,
      ),
  };
}

type Wrapper = ReturnType<typeof mountForm>['wrapper'];

// validation runs asynchronously after the model updates, and the form shows a message a moment
// after the field turns red (so it does not flicker): wait for the item to settle
async function errorOf(wrapper: Wrapper, field: string): Promise<string | null> {
  const item = () => wrapper.find(`[data-field="${field}"]`);
  const settled = () => item().classes().includes('is-success') || item().find('.el-form-item__error').exists();
  for (let i = 0; i < 300 && !settled(); i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 10));
  }
  const error = item().find('.el-form-item__error');
  return error.exists() ? error.text() : null;
}

async function accepted(wrapper: Wrapper, field: string): Promise<boolean> {
  const item = () => wrapper.find(`[data-field="${field}"]`);
  const done = () => item().classes().includes('is-success') && !item().find('.el-form-item__error').exists();
  for (let i = 0; i < 300 && !done(); i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 10));
  }
  return done();
}

enableAutoUnmount(afterEach);
afterEach(() => {
  document.body.innerHTML = '';
});

describe('ClaimForm, generated from a fact type’s claim schema', () => {
  it('labels every field in Chinese, with the parenthesis as a hint and required fields marked', () => {
    const { wrapper } = mountForm(MARITAL);
    const labels = wrapper.findAll('.el-form-item__label').map((l) => l.text());
    expect(labels).toEqual(['婚姻状况', '配偶公民身份号码']);
    expect(wrapper.text()).toContain('已婚时填写');
    const items = wrapper.findAll('.el-form-item');
    expect(items[0].classes()).toContain('is-required');
    expect(items[1].classes()).not.toContain('is-required');
  });

  it('offers an enumeration as a select with Chinese names', async () => {
    const { wrapper } = mountForm(MARITAL);
    expect(wrapper.find('[data-field="status"] .el-select').exists()).toBe(true);
    await wrapper.find('[data-field="status"] .el-select__wrapper').trigger('click');
    await flushPromises();
    const options = [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['已婚', '未婚', '离婚', '丧偶']);
  });

  it('checks an ID number as it is typed, with the national check-digit rule', async () => {
    const { wrapper, model } = mountForm(MARITAL, { status: 'MARRIED' });
    const input = wrapper.find('[data-field="spouseIdNumber"] input');
    await input.setValue(BAD_ID);
    expect(await errorOf(wrapper, 'spouseIdNumber')).toBe('配偶公民身份号码：公民身份号码校验位不正确');
    await input.setValue(GOOD_ID.toLowerCase());
    await flushPromises();
    expect(model.claim.spouseIdNumber).toBe(GOOD_ID);
    expect(await accepted(wrapper, 'spouseIdNumber')).toBe(true);
    expect(wrapper.find('[data-field="spouseIdNumber"]').text()).toContain('校验通过');
  });

  it('says how many digits are missing while the number is incomplete', async () => {
    const { wrapper, model } = mountForm(MARITAL, { status: 'MARRIED' });
    await wrapper.find('[data-field="spouseIdNumber"] input').setValue('1101051949');
    expect(model.claim.spouseIdNumber).toBe('1101051949');
    expect(await errorOf(wrapper, 'spouseIdNumber')).toBe('配偶公民身份号码：还差 8 位');
  });

  it('asks for a yes or no, and offers a date picker for a date', () => {
    const { wrapper } = mountForm(DEATH);
    const radios = wrapper.findAll('[data-field="deceased"] .el-radio').map((r) => r.text());
    expect(radios).toEqual(['是', '否']);
    expect(wrapper.find('[data-field="deathDate"] .el-date-editor').exists()).toBe(true);
    expect(wrapper.find('[data-field="deathDate"]').text()).not.toContain('YYYY');
  });

  it('refuses to submit without the required fields, saying which', async () => {
    const { wrapper, validate } = mountForm(DEATH);
    expect(await validate()).toBe(false);
    expect(await errorOf(wrapper, 'deceased')).toBe('请选择是否已死亡');
    await wrapper.find('[data-field="deceased"] input[type="radio"]').setValue(true);
    expect(await validate()).toBe(true);
  });

  it('takes a whole number for an integer field and builds the claim from filled fields only', async () => {
    const { wrapper, model, fields } = mountForm(FAMILY, { belowThreshold: true });
    expect(wrapper.find('[data-field="thresholdYuan"] .el-input-number').exists()).toBe(true);
    await wrapper.find('[data-field="thresholdYuan"] input').setValue('680');
    await flushPromises();
    expect(buildClaim(fields, model.claim)).toEqual({ belowThreshold: true, thresholdYuan: 680 });
    expect(buildClaim(fields, { belowThreshold: false, thresholdYuan: undefined })).toEqual({ belowThreshold: false });
  });
});
