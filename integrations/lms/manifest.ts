// imsmanifest.xml for each SCORM version: one organization, one item, one SCO resource (the
// version's launch page) listing every file of the package. The pass mark goes where the format
// carries it: SCORM 1.2's adlcp:masteryscore (a percentage), SCORM 2004's primary objective,
// satisfied by the score reaching imsss:minNormalizedMeasure (a share from 0 to 1).
//
// The schema files (.xsd) are not bundled: LMSs read manifests without them, and the namespaces
// and schemaversion below are what they check. tests/dist/lms-package.test.ts checks the result.

import type { ScormVersion } from './files.ts';

/** What a manifest says about the course. */
export interface PackageCourse {
  /** The manifest's identifier, before the version is added. */
  identifier: string;
  title: string;
  /** Share of post-test points needed to pass, 0 to 1. */
  passMark: number;
}

export const launchPages: Record<ScormVersion, string> = {
  scorm12: 'lms/scorm12.html',
  scorm2004: 'lms/scorm2004.html',
};

export const schemaVersions: Record<ScormVersion, string> = { scorm12: '1.2', scorm2004: '2004 4th Edition' };

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fileList = (files: string[]) =>
  files.map((file) => `      <file href="${xml(encodeURI(file))}"/>`).join('\n');

/** `files`: every file of the package but the manifest, as paths in the zip. */
export function manifest(version: ScormVersion, course: PackageCourse, files: string[]): string {
  const id = `${course.identifier}-${version}`;
  const title = xml(course.title);
  if (version === 'scorm12') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersions.scorm12}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${String(Math.round(course.passMark * 100))}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${launchPages.scorm12}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersions.scorm2004}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="post-test-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${String(course.passMark)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${launchPages.scorm2004}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}
