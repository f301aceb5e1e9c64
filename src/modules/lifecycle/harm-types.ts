// The harm categories an incident is recorded with, each as the national analyses name it, with its source.
import type { HarmType } from '../../generated/graphql';
import type { SourceRecord } from '../reviews';
import type { HarmTypeInfoRecord } from './lifecycle.model';

/*
 * The Child Safeguarding Practice Review Panel publishes no code list of harm types; its annual
 * reports name categories of death and of serious harm. Each category below is one the reports
 * name, taken from a careful published summary of the report (the reports themselves are long
 * PDFs), and each carries that summary as its source.
 */
const SUTTON_2020: SourceRecord = {
  id: 'sutton-lscp-panel-annual-report-2020',
  url: 'https://www.suttonlscp.org.uk/news/article/safeguarding-children-and-young-people.2021-05-19.8gz693n6k1',
  title: "Summary of the Child Safeguarding Practice Review Panel's annual report 2020",
  publisher: 'Sutton Local Safeguarding Children Partnership',
  retrievedOn: null,
};
const TOOLKIT_2018_19: SourceRecord = {
  id: 'child-safeguarding-toolkit-key-scr-themes',
  url: 'https://www.childsafeguardingtoolkit.org.uk/key-scr-themes.php',
  title: "Key themes of the Child Safeguarding Practice Review Panel's annual report 2018 to 2019",
  publisher: 'Child Safeguarding Toolkit',
  retrievedOn: null,
};
const PSE_2022_23: SourceRecord = {
  id: 'public-sector-executive-panel-annual-report-2022-23',
  url: 'https://www.public-sector.co.uk/article/ff06fa25d98d73372627690f97ede406',
  title: "Report on the Child Safeguarding Practice Review Panel's annual report 2022 to 2023",
  publisher: 'Public Sector Executive',
  retrievedOn: null,
};
const BEDFORDSHIRE_2023_24: SourceRecord = {
  id: 'safeguarding-bedfordshire-panel-annual-report-2023-24',
  url: 'https://safeguardingbedfordshire.org.uk/latest-news',
  title: "Summary of the Child Safeguarding Practice Review Panel's annual report 2023 to 2024",
  publisher: 'Bedfordshire safeguarding partnerships',
  retrievedOn: null,
};

const PANEL = 'Child Safeguarding Practice Review Panel, annual report';

/** Every HarmType value with its source's wording and source, in the schema's order. */
export const HARM_TYPES: readonly HarmTypeInfoRecord[] = (
  [
    [
      'MALTREATMENT_WITHIN_FAMILY',
      'maltreatment within the family',
      `${PANEL} 2020 (deaths)`,
      SUTTON_2020,
    ],
    ['PHYSICAL_ABUSE', 'physical abuse', `${PANEL} 2020 (serious harm)`, SUTTON_2020],
    ['NON_ACCIDENTAL_INJURY', 'non-accidental injury', `${PANEL} 2018 to 2019`, TOOLKIT_2018_19],
    ['NEGLECT', 'neglect', `${PANEL} 2022 to 2023`, PSE_2022_23],
    [
      'SEXUAL_ABUSE_OR_EXPLOITATION',
      'sexual abuse and/or exploitation',
      `${PANEL} 2023 to 2024`,
      BEDFORDSHIRE_2023_24,
    ],
    ['SUDI', 'sudden unexpected deaths in infancy (SUDI)', `${PANEL} 2020 (deaths)`, SUTTON_2020],
    ['SUICIDE', 'suicides', `${PANEL} 2020 (deaths)`, SUTTON_2020],
    [
      'EXTRA_FAMILIAL_ASSAULT_OR_HOMICIDE',
      'extra-familial assaults or homicide',
      `${PANEL} 2020 (deaths)`,
      SUTTON_2020,
    ],
    ['EXTRAFAMILIAL_HARM', 'extrafamilial harm', `${PANEL} 2023 to 2024`, BEDFORDSHIRE_2023_24],
    ['CRIMINAL_EXPLOITATION', 'criminal exploitation', `${PANEL} 2018 to 2019`, TOOLKIT_2018_19],
  ] as const satisfies readonly (readonly [HarmType, string, string, SourceRecord])[]
).map(([harmType, label, usedBy, source]) => ({ harmType, label, usedBy, source }));
