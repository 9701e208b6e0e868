// What the Java tests tell these scripts, through environment variables.
import { basename } from 'node:path'

export function required (name) {
  const value = process.env[name]
  if (!value) {
    console.error(`${basename(process.argv[1])}: set ${name}`)
    process.exit(2)
  }
  return value
}
