// Checks Block Kit payloads against Slack's documented limits, so a view builder that overflows a limit
// fails in tests the way it would fail against Slack. Problems are worded like Slack's
// response_metadata.messages: "[ERROR] <problem> [json-pointer:/blocks/0/text/text]".
// Lengths are counted in Unicode code points.

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;
type Issues = string[];

const maxBlocks: Record<Surface, number> = { message: 50, modal: 100, home: 100 };
const textObjectMax = 3000;

export function validateBlocks(blocks: unknown, surface: Surface): string[] {
  const issues: Issues = [];
  checkBlockList(issues, '/blocks', blocks, surface);
  return issues;
}

export function validateView(view: unknown): string[] {
  const issues: Issues = [];
  if (!isRecord(view)) {
    report(issues, '/view', 'must be a view object');
    return issues;
  }
  const surface = view.type;
  if (surface !== 'modal' && surface !== 'home') {
    report(issues, '/view/type', 'must be modal or home');
    return issues;
  }
  checkBlockList(issues, '/view/blocks', view.blocks, surface);
  checkString(issues, '/view/private_metadata', view.private_metadata, { max: 3000 });
  checkString(issues, '/view/callback_id', view.callback_id, { max: 255 });
  if (surface === 'modal') checkModalChrome(issues, view);
  return issues;
}

function checkModalChrome(issues: Issues, view: Json): void {
  checkText(issues, '/view/title', view.title, { max: 24, required: true, plainOnly: true });
  checkText(issues, '/view/close', view.close, { max: 24, plainOnly: true });
  checkText(issues, '/view/submit', view.submit, { max: 24, plainOnly: true });
  const hasInput = Array.isArray(view.blocks) && view.blocks.some((block) => isRecord(block) && block.type === 'input');
  if (hasInput && view.submit === undefined)
    report(issues, '/view/submit', 'is required when the view has input blocks');
}

// ---- blocks ----

type BlockCheck = (issues: Issues, pointer: string, block: Json, surface: Surface) => void;

const blockChecks = new Map<string, BlockCheck>([
  ['section', checkSection],
  ['divider', () => {}],
  ['header', (issues, pointer, block) => checkText(issues, `${pointer}/text`, block.text, headerText)],
  ['context', checkContext],
  ['actions', checkActions],
  ['image', checkImageBlock],
  ['input', checkInput],
  // Rich text is accepted loosely: only its container shape is checked.
  ['rich_text', (issues, pointer, block) => checkList(issues, `${pointer}/elements`, block.elements, anyCount)],
]);

const headerText: TextRule = { max: 150, required: true, plainOnly: true };
const anyCount: ListRule = { max: Number.POSITIVE_INFINITY, required: true };

function checkBlockList(issues: Issues, pointer: string, blocks: unknown, surface: Surface): void {
  const list = checkList(issues, pointer, blocks, { max: maxBlocks[surface], required: true });
  list.forEach((block, index) => {
    checkBlock(issues, `${pointer}/${index}`, block, surface);
  });
  reportDuplicates(
    issues,
    list.map((block, index) => [`${pointer}/${index}/block_id`, isRecord(block) ? block.block_id : undefined]),
    'must be unique within the message or view',
  );
}

function checkBlock(issues: Issues, pointer: string, block: unknown, surface: Surface): void {
  if (!isRecord(block)) {
    report(issues, pointer, 'must be a block object');
    return;
  }
  const check = blockChecks.get(String(block.type));
  if (!check) {
    report(issues, `${pointer}/type`, `unsupported block type: ${String(block.type)}`);
    return;
  }
  checkString(issues, `${pointer}/block_id`, block.block_id, { max: 255 });
  check(issues, pointer, block, surface);
}

function checkSection(issues: Issues, pointer: string, block: Json): void {
  if (block.text === undefined && block.fields === undefined) report(issues, pointer, 'must have text or fields');
  checkText(issues, `${pointer}/text`, block.text, { max: 3000 });
  const fields = checkList(issues, `${pointer}/fields`, block.fields, { min: 1, max: 10 });
  fields.forEach((field, index) => {
    checkText(issues, `${pointer}/fields/${index}`, field, { max: 2000, required: true });
  });
  if (block.accessory !== undefined) {
    checkElement(issues, `${pointer}/accessory`, block.accessory, sectionAccessories, 'a section accessory');
  }
}

function checkContext(issues: Issues, pointer: string, block: Json): void {
  const elements = checkList(issues, `${pointer}/elements`, block.elements, { min: 1, max: 10, required: true });
  elements.forEach((element, index) => {
    const elementPointer = `${pointer}/elements/${index}`;
    if (isRecord(element) && (element.type === 'plain_text' || element.type === 'mrkdwn')) {
      checkText(issues, elementPointer, element, { max: textObjectMax, required: true });
    } else {
      checkElement(issues, elementPointer, element, contextElements, 'a context block');
    }
  });
}

function checkActions(issues: Issues, pointer: string, block: Json): void {
  const elements = checkList(issues, `${pointer}/elements`, block.elements, { min: 1, max: 25, required: true });
  elements.forEach((element, index) => {
    checkElement(issues, `${pointer}/elements/${index}`, element, actionsElements, 'an actions block');
  });
  reportDuplicates(
    issues,
    elements.map((element, index) => [
      `${pointer}/elements/${index}/action_id`,
      isRecord(element) ? element.action_id : undefined,
    ]),
    'must be unique within the block',
  );
}

function checkImageBlock(issues: Issues, pointer: string, block: Json): void {
  checkImageSource(issues, pointer, block);
  checkText(issues, `${pointer}/title`, block.title, { max: 2000, plainOnly: true });
}

function checkInput(issues: Issues, pointer: string, block: Json, surface: Surface): void {
  // Slack also renders input blocks in messages and Home tabs; Journey Bot only collects input in modals,
  // so the fake holds the app to that.
  if (surface !== 'modal') report(issues, `${pointer}/type`, 'input blocks are only allowed in modals');
  checkText(issues, `${pointer}/label`, block.label, { max: 2000, required: true, plainOnly: true });
  checkText(issues, `${pointer}/hint`, block.hint, { max: 2000, plainOnly: true });
  checkBoolean(issues, `${pointer}/optional`, block.optional);
  checkBoolean(issues, `${pointer}/dispatch_action`, block.dispatch_action);
  if (block.element === undefined) {
    report(issues, `${pointer}/element`, 'is required');
    return;
  }
  checkElement(issues, `${pointer}/element`, block.element, inputElements, 'an input block');
}

// ---- block elements ----

type ElementCheck = (issues: Issues, pointer: string, element: Json) => void;

const singleMenus = ['static_select', 'external_select', 'users_select', 'conversations_select', 'channels_select'];
const multiMenus = singleMenus.map((type) => `multi_${type}`);
const menus = [...singleMenus, ...multiMenus];

const elementChecks = new Map<string, ElementCheck>([
  ['button', checkButton],
  [
    'overflow',
    (issues, pointer, element) => checkOptions(issues, `${pointer}/options`, element.options, overflowOptions),
  ],
  ['checkboxes', (issues, pointer, element) => checkChoiceGroup(issues, pointer, element, true)],
  ['radio_buttons', (issues, pointer, element) => checkChoiceGroup(issues, pointer, element, false)],
  [
    'datepicker',
    (issues, pointer, element) => checkPicker(issues, pointer, element, 'initial_date', /^\d{4}-\d{2}-\d{2}$/),
  ],
  ['timepicker', (issues, pointer, element) => checkPicker(issues, pointer, element, 'initial_time', /^\d{2}:\d{2}$/)],
  [
    'datetimepicker',
    (issues, pointer, element) =>
      checkInteger(issues, `${pointer}/initial_date_time`, element.initial_date_time, { min: 0 }),
  ],
  ['plain_text_input', checkPlainTextInput],
  ['email_text_input', checkPlaceholder],
  ['url_text_input', checkPlaceholder],
  ['number_input', checkNumberInput],
  ['rich_text_input', checkPlaceholder],
  ['image', checkImageSource],
  ...singleMenus.map((type): [string, ElementCheck] => [
    type,
    (issues, pointer, element) => checkMenu(issues, pointer, element, false),
  ]),
  ...multiMenus.map((type): [string, ElementCheck] => [
    type,
    (issues, pointer, element) => checkMenu(issues, pointer, element, true),
  ]),
]);

const sectionAccessories = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'image',
  'overflow',
  'radio_buttons',
  'timepicker',
  ...menus,
]);
const actionsElements = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'overflow',
  'radio_buttons',
  'timepicker',
  ...menus,
]);
const inputElements = new Set([
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'number_input',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'timepicker',
  'url_text_input',
  ...menus,
]);
const contextElements = new Set(['image']);

function checkElement(
  issues: Issues,
  pointer: string,
  element: unknown,
  allowed: ReadonlySet<string>,
  container: string,
): void {
  if (!isRecord(element)) {
    report(issues, pointer, 'must be an element object');
    return;
  }
  const type = String(element.type);
  const check = elementChecks.get(type);
  if (!check) {
    report(issues, `${pointer}/type`, `unsupported element type: ${type}`);
    return;
  }
  if (!allowed.has(type)) {
    report(issues, `${pointer}/type`, `${type} is not allowed in ${container}`);
    return;
  }
  if (type !== 'image') checkString(issues, `${pointer}/action_id`, element.action_id, { max: 255 });
  if (element.confirm !== undefined) checkConfirm(issues, `${pointer}/confirm`, element.confirm);
  check(issues, pointer, element);
}

function checkButton(issues: Issues, pointer: string, element: Json): void {
  checkText(issues, `${pointer}/text`, element.text, { max: 75, required: true, plainOnly: true });
  checkString(issues, `${pointer}/value`, element.value, { max: 2000 });
  checkString(issues, `${pointer}/url`, element.url, { max: 3000 });
  checkString(issues, `${pointer}/accessibility_label`, element.accessibility_label, { max: 75 });
  if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
    report(issues, `${pointer}/style`, 'must be primary or danger');
  }
}

function checkMenu(issues: Issues, pointer: string, element: Json, multi: boolean): void {
  checkPlaceholder(issues, pointer, element);
  if (multi) checkInteger(issues, `${pointer}/max_selected_items`, element.max_selected_items, { min: 1 });
  if (element.type === 'static_select' || element.type === 'multi_static_select') {
    checkStaticChoices(issues, pointer, element, multi);
  }
}

function checkStaticChoices(issues: Issues, pointer: string, element: Json, multi: boolean): void {
  if ((element.options === undefined) === (element.option_groups === undefined)) {
    report(issues, pointer, 'must have exactly one of options or option_groups');
  }
  const choices = [
    ...checkOptions(issues, `${pointer}/options`, element.options, { min: 1, max: 100 }),
    ...checkOptionGroups(issues, `${pointer}/option_groups`, element.option_groups),
  ];
  checkInitialChoices(issues, pointer, element, choices, multi);
}

function checkOptionGroups(issues: Issues, pointer: string, value: unknown): Json[] {
  const groups = checkList(issues, pointer, value, { min: 1, max: 100 });
  return groups.flatMap((group, index) => {
    const groupPointer = `${pointer}/${index}`;
    if (!isRecord(group)) {
      report(issues, groupPointer, 'must be an option group object');
      return [];
    }
    checkText(issues, `${groupPointer}/label`, group.label, { max: 75, required: true, plainOnly: true });
    return checkOptions(issues, `${groupPointer}/options`, group.options, { min: 1, max: 100, required: true });
  });
}

function checkChoiceGroup(issues: Issues, pointer: string, element: Json, multi: boolean): void {
  const choices = checkOptions(issues, `${pointer}/options`, element.options, {
    min: 1,
    max: 10,
    required: true,
    mrkdwn: true,
  });
  checkInitialChoices(issues, pointer, element, choices, multi);
}

function checkInitialChoices(issues: Issues, pointer: string, element: Json, choices: Json[], multi: boolean): void {
  const key = multi ? 'initial_options' : 'initial_option';
  const initial = multi
    ? checkList(issues, `${pointer}/${key}`, element[key], { max: Number.POSITIVE_INFINITY })
    : element[key] === undefined
      ? []
      : [element[key]];
  initial.forEach((option, index) => {
    const optionPointer = multi ? `${pointer}/${key}/${index}` : `${pointer}/${key}`;
    if (!choices.some((choice) => sameOption(choice, option))) {
      report(issues, optionPointer, 'must match one of the options');
    }
  });
}

function checkPicker(issues: Issues, pointer: string, element: Json, key: string, format: RegExp): void {
  checkPlaceholder(issues, pointer, element);
  const initial = element[key];
  if (initial !== undefined && (typeof initial !== 'string' || !format.test(initial))) {
    report(issues, `${pointer}/${key}`, `must match ${format.source}`);
  }
}

function checkPlainTextInput(issues: Issues, pointer: string, element: Json): void {
  checkPlaceholder(issues, pointer, element);
  checkBoolean(issues, `${pointer}/multiline`, element.multiline);
  checkString(issues, `${pointer}/initial_value`, element.initial_value, { max: Number.POSITIVE_INFINITY });
  checkInteger(issues, `${pointer}/min_length`, element.min_length, { min: 0, max: 3000 });
  checkInteger(issues, `${pointer}/max_length`, element.max_length, { min: 1, max: 3000 });
  const { min_length: min, max_length: max } = element;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    report(issues, `${pointer}/min_length`, 'must not be greater than max_length');
  }
}

function checkNumberInput(issues: Issues, pointer: string, element: Json): void {
  checkPlaceholder(issues, pointer, element);
  if (typeof element.is_decimal_allowed !== 'boolean') {
    report(issues, `${pointer}/is_decimal_allowed`, 'is required and must be a boolean');
  }
}

function checkPlaceholder(issues: Issues, pointer: string, element: Json): void {
  checkText(issues, `${pointer}/placeholder`, element.placeholder, { max: 150, plainOnly: true });
}

function checkImageSource(issues: Issues, pointer: string, image: Json): void {
  checkString(issues, `${pointer}/alt_text`, image.alt_text, { max: 2000, required: true });
  if ((image.image_url === undefined) === (image.slack_file === undefined)) {
    report(issues, pointer, 'must have exactly one of image_url or slack_file');
  }
  checkString(issues, `${pointer}/image_url`, image.image_url, { max: 3000 });
}

// ---- composition objects ----

interface TextRule {
  max: number;
  required?: boolean;
  plainOnly?: boolean;
}

function checkText(issues: Issues, pointer: string, value: unknown, rule: TextRule): void {
  if (value === undefined) {
    if (rule.required) report(issues, pointer, 'is required');
    return;
  }
  if (!isRecord(value)) {
    report(issues, pointer, 'must be a text object');
    return;
  }
  if (value.type !== 'plain_text' && value.type !== 'mrkdwn') {
    report(issues, `${pointer}/type`, 'must be plain_text or mrkdwn');
    return;
  }
  if (rule.plainOnly && value.type !== 'plain_text') report(issues, `${pointer}/type`, 'must be plain_text');
  checkString(issues, `${pointer}/text`, value.text, { max: Math.min(rule.max, textObjectMax), required: true });
}

interface OptionRule extends ListRule {
  mrkdwn?: boolean;
  url?: boolean;
}

const overflowOptions: OptionRule = { min: 1, max: 5, required: true, url: true };

function checkOptions(issues: Issues, pointer: string, value: unknown, rule: OptionRule): Json[] {
  const options = checkList(issues, pointer, value, rule);
  options.forEach((option, index) => {
    checkOption(issues, `${pointer}/${index}`, option, rule);
  });
  return options.filter(isRecord);
}

function checkOption(issues: Issues, pointer: string, option: unknown, rule: OptionRule): void {
  if (!isRecord(option)) {
    report(issues, pointer, 'must be an option object');
    return;
  }
  const textRule = { max: 75, plainOnly: !rule.mrkdwn };
  checkText(issues, `${pointer}/text`, option.text, { ...textRule, required: true });
  checkText(issues, `${pointer}/description`, option.description, textRule);
  checkString(issues, `${pointer}/value`, option.value, { max: 150, required: true });
  if (option.url === undefined) return;
  if (!rule.url) {
    report(issues, `${pointer}/url`, 'is only allowed in overflow menus');
    return;
  }
  checkString(issues, `${pointer}/url`, option.url, { max: 3000 });
}

function sameOption(choice: Json, candidate: unknown): boolean {
  return isRecord(candidate) && candidate.value === choice.value && textOf(candidate.text) === textOf(choice.text);
}

function textOf(value: unknown): unknown {
  return isRecord(value) ? value.text : undefined;
}

function checkConfirm(issues: Issues, pointer: string, confirm: unknown): void {
  if (!isRecord(confirm)) {
    report(issues, pointer, 'must be a confirmation dialog object');
    return;
  }
  checkText(issues, `${pointer}/title`, confirm.title, { max: 100, plainOnly: true });
  checkText(issues, `${pointer}/text`, confirm.text, { max: 300, required: true });
  checkText(issues, `${pointer}/confirm`, confirm.confirm, { max: 30, plainOnly: true });
  checkText(issues, `${pointer}/deny`, confirm.deny, { max: 30, plainOnly: true });
}

// ---- primitives ----

interface StringRule {
  max: number;
  required?: boolean;
}

function checkString(issues: Issues, pointer: string, value: unknown, rule: StringRule): void {
  if (value === undefined) {
    if (rule.required) report(issues, pointer, 'is required');
    return;
  }
  if (typeof value !== 'string') {
    report(issues, pointer, 'must be a string');
    return;
  }
  if (rule.required && value.length === 0) {
    report(issues, pointer, 'must not be empty');
    return;
  }
  if (Array.from(value).length > rule.max) report(issues, pointer, `must be at most ${rule.max} characters`);
}

interface ListRule {
  max: number;
  min?: number;
  required?: boolean;
}

function checkList(issues: Issues, pointer: string, value: unknown, rule: ListRule): unknown[] {
  if (value === undefined) {
    if (rule.required) report(issues, pointer, 'is required');
    return [];
  }
  if (!Array.isArray(value)) {
    report(issues, pointer, 'must be an array');
    return [];
  }
  const min = rule.min ?? 0;
  if (value.length < min) report(issues, pointer, `must have at least ${min} item${min === 1 ? '' : 's'}`);
  if (value.length > rule.max) report(issues, pointer, `must have at most ${rule.max} items`);
  return value;
}

function checkInteger(issues: Issues, pointer: string, value: unknown, range: { min: number; max?: number }): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(issues, pointer, 'must be an integer');
    return;
  }
  if (value < range.min) report(issues, pointer, `must be at least ${range.min}`);
  if (range.max !== undefined && value > range.max) report(issues, pointer, `must be at most ${range.max}`);
}

function checkBoolean(issues: Issues, pointer: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') report(issues, pointer, 'must be a boolean');
}

function reportDuplicates(issues: Issues, entries: [pointer: string, id: unknown][], problem: string): void {
  const seen = new Set<unknown>();
  for (const [pointer, id] of entries) {
    if (id === undefined) continue;
    if (seen.has(id)) report(issues, pointer, problem);
    seen.add(id);
  }
}

function report(issues: Issues, pointer: string, problem: string): void {
  issues.push(`[ERROR] ${problem} [json-pointer:${pointer}]`);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
