// A small XML well-formedness check for the plot's tests (no XML parser in the dependencies):
// every tag closes in order, attributes are name="value" with no raw < or &, text has no raw
// < and only the five predefined entities or numeric references. Returns the problems found.

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTR = new RegExp(`^\\s+${NAME}="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);[^"<&]*)*"`);
const TEXT = /^[^<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);[^<&]*)*$/;

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (!TEXT.test(text)) problems.push(`bad text at ${at}: ${JSON.stringify(text.slice(0, 40))}`);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${at}`);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) problems.push(`</${name}> at ${lt} closes nothing open`);
    } else {
      const self = tag.endsWith('/');
      const body = self ? tag.slice(0, -1) : tag;
      const m = new RegExp(`^${NAME}`).exec(body);
      if (!m) problems.push(`bad tag name at ${lt}`);
      else {
        let rest = body.slice(m[0].length);
        for (let a = ATTR.exec(rest); a; a = ATTR.exec(rest)) rest = rest.slice(a[0].length);
        if (rest.trim() !== '') problems.push(`bad attributes in <${m[0]}> at ${lt}: ${JSON.stringify(rest.slice(0, 40))}`);
        if (stack.length === 0) roots++;
        if (!self) stack.push(m[0]);
      }
    }
    at = gt + 1;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
