// Runs one parameterised query against `kg serve` with the official JavaScript driver and prints
// each row as a JSON line. KgServeClientsTest runs it and checks what it prints.
//   KG_BOLT_URI=bolt://127.0.0.1:7687 KG_USER=neo4j KG_PASSWORD=... node driver-query.mjs
import neo4j from 'neo4j-driver'
import { required } from './environment.mjs'

const uri = required('KG_BOLT_URI')
const driver = neo4j.driver(uri, neo4j.auth.basic(required('KG_USER'), required('KG_PASSWORD')))
try {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person)<-[m:MENTIONS]-(d:Document)
     WHERE d.published >= date($from)
     RETURN p.name AS person, count(d) AS documents, sum(m.count) AS mentions
     ORDER BY person`,
    { from: '2025-01-01' },
    { routing: neo4j.routing.READ }
  )
  for (const record of records) {
    console.log(JSON.stringify({
      person: record.get('person'),
      documents: record.get('documents').toNumber(),
      mentions: record.get('mentions').toNumber()
    }))
  }
} finally {
  await driver.close()
}
