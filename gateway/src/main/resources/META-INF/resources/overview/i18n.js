// Every label of the page in Thai (default) and English; numbers, years and dates formatted for the language.

const TEXTS = {
  th: {
    title: 'ภาพรวมผลการประเมิน edukpi',
    skipToContent: 'ข้ามไปยังเนื้อหา',
    navLabel: 'เมนูหลัก',
    navObec: 'ภาพรวม สพฐ.',
    navOwnOffice: 'เขตพื้นที่ของฉัน',
    langSwitch: 'English',
    signIn: 'เข้าสู่ระบบ',
    signOut: 'ออกจากระบบ',
    signedInAs: 'ผู้ใช้: {0}',
    welcomeTitle: 'ภาพรวมผลการประเมินตัวชี้วัด',
    welcomeText: 'เข้าสู่ระบบเพื่อดูอันดับ ความคืบหน้าการรายงานผล และผลคะแนนของเขตพื้นที่การศึกษา',
    obecTitle: 'ภาพรวมระดับ สพฐ.',
    roundLabel: 'รอบการรายงาน',
    roundOption: 'ปีงบประมาณ {0} · {1} · รอบ {2} เดือน',
    levelOBEC_AGREEMENT: 'คำรับรองการปฏิบัติราชการ สพฐ.',
    levelAREA_OFFICE_MEASURES: 'มาตรการของเขตพื้นที่',
    kindLabel: 'ประเภทเขตพื้นที่',
    kindPRIMARY: 'สพป.',
    kindSECONDARY: 'สพม.',
    rankingTitle: 'อันดับเขตพื้นที่',
    rankingCaption: 'อันดับตามร้อยละของคะแนนรวม',
    rankingChartLabel: 'กราฟแท่งร้อยละของคะแนนรวมของ {0} เขตพื้นที่ สีตามระดับ ข้อมูลเดียวกันอยู่ในตารางถัดไป',
    rankingEmpty: 'ยังไม่มีผลคะแนนในรอบนี้',
    downloadCsv: 'ดาวน์โหลด CSV',
    downloadCsvPrimary: 'CSV สพป.',
    downloadCsvSecondary: 'CSV สพม.',
    colRank: 'อันดับ',
    colOffice: 'เขตพื้นที่',
    colTotal: 'คะแนนรวม',
    colPercent: 'ร้อยละ',
    colBand: 'ระดับ',
    colRound: 'รอบ',
    colOfficial: 'ผลทางการ',
    colLate: 'ล่าช้า',
    colDaysLeft: 'เหลือ (วัน)',
    colRange: 'ช่วงร้อยละ',
    percentAxis: 'ร้อยละ',
    countAxis: 'จำนวนเขตพื้นที่',
    distributionTitle: 'การกระจายของคะแนนรวมทั้งประเทศ',
    distributionCaption: 'จำนวนเขตพื้นที่ในแต่ละช่วงร้อยละ แยกตามระดับ',
    distributionChartLabel: 'ฮิสโตแกรมจำนวนเขตพื้นที่ตามช่วงร้อยละของคะแนนรวม แยกสีตามระดับ ข้อมูลเดียวกันอยู่ในตารางถัดไป',
    progressTitle: 'ความคืบหน้าการรายงานผล',
    progressCaption: 'สถานะผลการดำเนินงานของแต่ละเขตพื้นที่และตัวชี้วัด',
    progressDeadline: 'กำหนดส่ง {0} (เหลือ {1} วัน)',
    progressOverdue: 'กำหนดส่ง {0} (เลยกำหนดมา {1} วัน)',
    progressEmpty: 'ไม่มีเขตพื้นที่ที่ตรงกับเงื่อนไข',
    lateOnly: 'แสดงเฉพาะเขตที่ล่าช้า',
    yes: 'ใช่',
    no: 'ไม่',
    late: 'ล่าช้า',
    onTime: 'ตรงเวลา',
    stateACCEPTED: 'รับผลแล้ว',
    stateCERTIFIED: 'รับรองแล้ว',
    stateSUBMITTED: 'ส่งแล้ว',
    stateDRAFT: 'ฉบับร่าง',
    stateRETURNED: 'ส่งกลับแก้ไข',
    stateNOT_STARTED: 'ยังไม่เริ่ม',
    officeSummary: 'คะแนนรวม {0} จาก 5 (ร้อยละ {1}) ระดับ {2} · ฉบับที่ {3}{4}',
    official: ' · ผลทางการ',
    notOfficial: ' · ผลระหว่างรอบ',
    scorecardTitle: 'ผลคะแนนรายตัวชี้วัด',
    scoreLine: 'คะแนน {0} · ร้อยละ {1} · ระดับ {2}',
    weightLine: 'น้ำหนัก {0}',
    statusLine: 'สถานะ: {0}',
    notCounted: 'ไม่นับรวม',
    explain: 'ที่มาของคะแนน',
    explainHide: 'ซ่อนที่มา',
    explainFor: 'ที่มาของคะแนนตัวชี้วัด {0}',
    expValue: 'ผลการดำเนินงาน',
    expSteps: 'ขั้นตอนที่ทำแล้ว',
    expSegment: 'ช่วงเกณฑ์',
    expArithmetic: 'การคำนวณ',
    expReason: 'เหตุผล',
    expReviewer: 'คะแนนจากผู้ตรวจ',
    expComputed: 'คะแนนที่คำนวณได้',
    expWeighted: 'ผลรวมถ่วงน้ำหนัก',
    historyTitle: 'คะแนนรวมย้อนหลัง',
    historyCaption: 'คะแนนรวมของแต่ละรอบ',
    historyChartLabel: 'กราฟเส้นคะแนนรวมของเขตพื้นที่ {0} รอบ ข้อมูลเดียวกันอยู่ในตารางถัดไป',
    historyPoint: '{0}/{1}',
    historyEmpty: 'ยังไม่มีผลคะแนนของเขตพื้นที่นี้',
    totalAxis: 'คะแนนรวม (0–5)',
    whatIfTitle: 'ถ้าจะให้ได้ตามเป้า',
    whatIfHelp: 'เลือกตัวชี้วัดและเป้าหมาย ระบบจะคำนวณจากผลที่บันทึกไว้ของเขตพื้นที่ว่าตัวชี้วัดนั้นต้องได้เท่าใด',
    whatIfIndicator: 'ตัวชี้วัด',
    whatIfTargetKind: 'เป้าหมายเป็น',
    whatIfKindTotal: 'คะแนนรวม',
    whatIfKindBand: 'ระดับ',
    whatIfTotal: 'คะแนนรวมเป้าหมาย (0–5)',
    whatIfBand: 'ระดับเป้าหมาย',
    whatIfSubmit: 'คำนวณ',
    whatIfNeeded: 'ค่าที่ต้องได้: {0} (คะแนน {1}, คะแนนรวม {2}, ระดับ {3})',
    whatIfBest: 'ดีที่สุดที่ตัวชี้วัดนี้ให้ได้: คะแนนรวม {0} ระดับ {1}',
    outcomeREACHABLE: 'ทำได้',
    outcomeALREADY_MET: 'ได้ตามเป้าแล้ว',
    outcomeUNREACHABLE: 'ไม่สามารถทำได้ด้วยตัวชี้วัดนี้',
    problemTitle: 'เกิดข้อผิดพลาด ({0})',
    signInFailed: 'เข้าสู่ระบบไม่สำเร็จ: {0}',
    noData: '–',
  },
  en: {
    title: 'edukpi overview',
    skipToContent: 'Skip to content',
    navLabel: 'Main menu',
    navObec: 'OBEC overview',
    navOwnOffice: 'My office',
    langSwitch: 'ภาษาไทย',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in: {0}',
    welcomeTitle: 'Indicator results overview',
    welcomeText: 'Sign in to see the rankings, the reporting progress and the area offices\u2019 scorecards.',
    obecTitle: 'OBEC overview',
    roundLabel: 'Reporting round',
    roundOption: 'FY {0} · {1} · {2}-month round',
    levelOBEC_AGREEMENT: 'OBEC agreement',
    levelAREA_OFFICE_MEASURES: 'Area office measures',
    kindLabel: 'Office kind',
    kindPRIMARY: 'Primary (PESAO)',
    kindSECONDARY: 'Secondary (SESAO)',
    rankingTitle: 'Ranking of area offices',
    rankingCaption: 'Ranking by percent of the total',
    rankingChartLabel: 'Bar chart of the total percent of {0} area offices, coloured by band; the table below has the same data.',
    rankingEmpty: 'No scores in this round yet.',
    downloadCsv: 'Download CSV',
    downloadCsvPrimary: 'CSV primary',
    downloadCsvSecondary: 'CSV secondary',
    colRank: 'Rank',
    colOffice: 'Area office',
    colTotal: 'Total',
    colPercent: 'Percent',
    colBand: 'Band',
    colRound: 'Round',
    colOfficial: 'Official',
    colLate: 'Late',
    colDaysLeft: 'Days left',
    colRange: 'Percent range',
    percentAxis: 'Percent',
    countAxis: 'Area offices',
    distributionTitle: 'National distribution of totals',
    distributionCaption: 'Area offices per percent range, by band',
    distributionChartLabel: 'Histogram of area offices by percent of the total, coloured by band; the table below has the same data.',
    progressTitle: 'Reporting progress',
    progressCaption: 'State of each area office\u2019s result per indicator',
    progressDeadline: 'Deadline {0} ({1} days left)',
    progressOverdue: 'Deadline {0} ({1} days ago)',
    progressEmpty: 'No area office matches.',
    lateOnly: 'Late offices only',
    yes: 'Yes',
    no: 'No',
    late: 'late',
    onTime: 'on time',
    stateACCEPTED: 'Accepted',
    stateCERTIFIED: 'Certified',
    stateSUBMITTED: 'Submitted',
    stateDRAFT: 'Draft',
    stateRETURNED: 'Returned',
    stateNOT_STARTED: 'Not started',
    officeSummary: 'Total {0} of 5 ({1} %), band {2} · version {3}{4}',
    official: ' · official',
    notOfficial: ' · provisional',
    scorecardTitle: 'Scores by indicator',
    scoreLine: 'score {0} · {1} % · band {2}',
    weightLine: 'weight {0}',
    statusLine: 'status: {0}',
    notCounted: 'not counted',
    explain: 'Explain',
    explainHide: 'Hide explanation',
    explainFor: 'How indicator {0} was scored',
    expValue: 'Result',
    expSteps: 'Steps completed',
    expSegment: 'Segment',
    expArithmetic: 'Arithmetic',
    expReason: 'Reason',
    expReviewer: 'Reviewer score',
    expComputed: 'Computed score',
    expWeighted: 'Weighted sum',
    historyTitle: 'Total across rounds',
    historyCaption: 'The total of each round',
    historyChartLabel: 'Line chart of the office\u2019s total over {0} rounds; the table below has the same data.',
    historyPoint: '{1} FY {0}',
    historyEmpty: 'This office has no scores yet.',
    totalAxis: 'Total (0–5)',
    whatIfTitle: 'What would it take?',
    whatIfHelp: 'Choose an indicator and a target: from the office\u2019s stored results, the answer says what that indicator needs.',
    whatIfIndicator: 'Indicator',
    whatIfTargetKind: 'Target is a',
    whatIfKindTotal: 'total',
    whatIfKindBand: 'band',
    whatIfTotal: 'Target total (0–5)',
    whatIfBand: 'Target band',
    whatIfSubmit: 'Calculate',
    whatIfNeeded: 'Needed value: {0} (score {1}, total {2}, band {3})',
    whatIfBest: 'The most this indicator can give: total {0}, band {1}',
    outcomeREACHABLE: 'Reachable',
    outcomeALREADY_MET: 'Already met',
    outcomeUNREACHABLE: 'Not reachable with this indicator',
    problemTitle: 'Something went wrong ({0})',
    signInFailed: 'Sign-in failed: {0}',
    noData: '–',
  },
};

const STORAGE_KEY = 'edukpi.lang';
let lang = sessionStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';

export function language() {
  return lang;
}

export function toggleLanguage() {
  lang = lang === 'th' ? 'en' : 'th';
  sessionStorage.setItem(STORAGE_KEY, lang);
}

/** The label in the page's language, with {0}, {1}... replaced by the arguments. */
export function t(key, ...args) {
  const text = TEXTS[lang][key] ?? TEXTS.th[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Puts every static label of the document into the page's language. */
export function translateDocument() {
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-aria]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAria));
  }
  const langSwitch = document.getElementById('lang-switch');
  langSwitch.textContent = t('langSwitch');
  langSwitch.lang = lang === 'th' ? 'en' : 'th';
}

/** A fiscal year given in C.E.: B.E. in Thai. */
export function year(fiscalYear) {
  return lang === 'th' ? String(fiscalYear + 543) : String(fiscalYear);
}

export function number(value, digits = 2) {
  if (value === null || value === undefined) {
    return t('noData');
  }
  return new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
}

/** An ISO date (2011-04-15): Buddhist calendar in Thai. */
export function date(iso) {
  if (!iso) {
    return t('noData');
  }
  const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A band's label in the page's language (the API gives both). */
export function bandLabel(band) {
  if (!band) {
    return t('noData');
  }
  return (lang === 'en' && band.labelEn) ? band.labelEn : band.labelTh;
}
