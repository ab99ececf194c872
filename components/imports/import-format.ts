// Numbers as the import screens write them ("10,000 events").
export const n = (value: number) => value.toLocaleString("en-US");

export const count = (value: number, one: string, many = `${one}s`) =>
  `${n(value)} ${value === 1 ? one : many}`;
