/**
 * Familiar short forms of given names, as news copy writes them: "Stan Vilko" and "Stanley
 * Vilko" are one name, not two spellings. Each row lists forms of one name; a form may
 * stand for more than one name ("Fred": Frederick, Alfred), so rows are looked up by form.
 * English forms only: the table is data, extend it rather than the code.
 */
const FORMS: readonly (readonly string[])[] = [
  ['james', 'jim', 'jimmy', 'jamie'], ['stanley', 'stan'], ['robert', 'rob', 'bob', 'bobby', 'robbie', 'bert'],
  ['william', 'will', 'bill', 'billy', 'willie', 'liam'], ['michael', 'mike', 'mick', 'mickey'], ['richard', 'rick', 'ricky', 'dick', 'rich', 'richie'],
  ['thomas', 'tom', 'tommy'], ['anthony', 'tony'], ['joseph', 'joe', 'joey'], ['john', 'jack', 'johnny'],
  ['jonathan', 'jon'], ['frederick', 'fred', 'freddie', 'freddy', 'fritz'], ['alfred', 'alf', 'fred', 'alfie'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'], ['edwin', 'ed'], ['charles', 'charlie', 'chuck', 'chas'], ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'], ['benjamin', 'ben', 'benny'], ['samuel', 'sam', 'sammy'], ['samantha', 'sam'],
  ['alexander', 'alex', 'sasha', 'alec'], ['alexandra', 'alex', 'sasha'], ['christopher', 'chris', 'kit'], ['christine', 'chris', 'tina'],
  ['matthew', 'matt'], ['nicholas', 'nick', 'nicky'], ['patrick', 'pat', 'paddy'], ['patricia', 'pat', 'patty', 'trish'],
  ['peter', 'pete'], ['philip', 'phil'], ['phillip', 'phil'], ['ronald', 'ron', 'ronnie'], ['donald', 'don', 'donnie'],
  ['gerald', 'gerry', 'jerry'], ['jeremiah', 'jerry'], ['lawrence', 'larry'], ['laurence', 'larry'], ['leonard', 'leo', 'len', 'lenny'],
  ['kenneth', 'ken', 'kenny'], ['stephen', 'steve', 'stevie'], ['steven', 'steve', 'stevie'], ['timothy', 'tim', 'timmy'],
  ['gregory', 'greg'], ['andrew', 'andy', 'drew'], ['douglas', 'doug'], ['raymond', 'ray'], ['zachary', 'zach', 'zack'],
  ['nathaniel', 'nate', 'nat'], ['nathan', 'nate'], ['jeffrey', 'jeff'], ['geoffrey', 'geoff', 'jeff'], ['vincent', 'vince', 'vinny'],
  ['walter', 'walt', 'wally'], ['harold', 'harry', 'hal'], ['henry', 'harry', 'hank', 'hal'], ['theodore', 'ted', 'teddy', 'theo'],
  ['gabriel', 'gabe'], ['mitchell', 'mitch'], ['abraham', 'abe'], ['albert', 'al', 'bert'], ['allan', 'al'], ['alan', 'al'],
  ['terence', 'terry'], ['terrence', 'terry'], ['frank', 'frankie'], ['francis', 'frank'], ['eugene', 'gene'], ['louis', 'lou'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lizzie', 'eliza'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'], ['katherine', 'kate', 'kathy', 'katie', 'kat'], ['catherine', 'cathy', 'kate', 'cat'],
  ['jennifer', 'jen', 'jenny'], ['rebecca', 'becky', 'becca'], ['susan', 'sue', 'susie'], ['deborah', 'debbie', 'deb'],
  ['victoria', 'vicky', 'tori'], ['jessica', 'jess', 'jessie'], ['kimberly', 'kim'], ['barbara', 'barb'], ['dorothy', 'dot', 'dottie'],
  ['judith', 'judy'], ['cynthia', 'cindy'], ['pamela', 'pam'], ['sandra', 'sandy'], ['theresa', 'terry', 'tess'], ['teresa', 'terry'],
  ['valerie', 'val'], ['madeleine', 'maddie'], ['abigail', 'abby'], ['josephine', 'jo', 'josie'], ['joanna', 'jo'], ['gwendolyn', 'gwen'],
];

const BY_FORM = new Map<string, Set<string>>();
for (const row of FORMS) {
  for (const form of row) {
    let names = BY_FORM.get(form);
    if (names === undefined) BY_FORM.set(form, (names = new Set()));
    names.add(row[0]!);
  }
}

/** Whether two folded given names are one: equal, or forms of one name ("stan" / "stanley", "jim" / "jimmy"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = BY_FORM.get(a);
  const y = BY_FORM.get(b);
  return x !== undefined && y !== undefined && [...x].some((n) => y.has(n));
}
