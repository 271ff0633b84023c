package io.edukpi.devstack.demo;

import java.util.List;

/** The 77 provinces (Ministry of Interior codes), and names to draw people and schools from. */
final class ThaiNames {

    /** A province, its two-digit code and roughly how many primary area offices (สพป.) it has. */
    record Province(String code, String nameTh, int primaryOffices) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("10", "กรุงเทพมหานคร", 1), new Province("11", "สมุทรปราการ", 2),
            new Province("12", "นนทบุรี", 2), new Province("13", "ปทุมธานี", 2),
            new Province("14", "พระนครศรีอยุธยา", 2), new Province("15", "อ่างทอง", 1),
            new Province("16", "ลพบุรี", 2), new Province("17", "สิงห์บุรี", 1),
            new Province("18", "ชัยนาท", 1), new Province("19", "สระบุรี", 2),
            new Province("20", "ชลบุรี", 3), new Province("21", "ระยอง", 2),
            new Province("22", "จันทบุรี", 2), new Province("23", "ตราด", 1),
            new Province("24", "ฉะเชิงเทรา", 2), new Province("25", "ปราจีนบุรี", 2),
            new Province("26", "นครนายก", 1), new Province("27", "สระแก้ว", 2),
            new Province("30", "นครราชสีมา", 7), new Province("31", "บุรีรัมย์", 4),
            new Province("32", "สุรินทร์", 3), new Province("33", "ศรีสะเกษ", 4),
            new Province("34", "อุบลราชธานี", 5), new Province("35", "ยโสธร", 2),
            new Province("36", "ชัยภูมิ", 3), new Province("37", "อำนาจเจริญ", 1),
            new Province("38", "บึงกาฬ", 1), new Province("39", "หนองบัวลำภู", 2),
            new Province("40", "ขอนแก่น", 5), new Province("41", "อุดรธานี", 4),
            new Province("42", "เลย", 3), new Province("43", "หนองคาย", 2),
            new Province("44", "มหาสารคาม", 3), new Province("45", "ร้อยเอ็ด", 3),
            new Province("46", "กาฬสินธุ์", 3), new Province("47", "สกลนคร", 3),
            new Province("48", "นครพนม", 2), new Province("49", "มุกดาหาร", 1),
            new Province("50", "เชียงใหม่", 6), new Province("51", "ลำพูน", 2),
            new Province("52", "ลำปาง", 3), new Province("53", "อุตรดิตถ์", 2),
            new Province("54", "แพร่", 2), new Province("55", "น่าน", 2),
            new Province("56", "พะเยา", 2), new Province("57", "เชียงราย", 4),
            new Province("58", "แม่ฮ่องสอน", 2), new Province("60", "นครสวรรค์", 3),
            new Province("61", "อุทัยธานี", 2), new Province("62", "กำแพงเพชร", 2),
            new Province("63", "ตาก", 2), new Province("64", "สุโขทัย", 2),
            new Province("65", "พิษณุโลก", 3), new Province("66", "พิจิตร", 2),
            new Province("67", "เพชรบูรณ์", 3), new Province("70", "ราชบุรี", 2),
            new Province("71", "กาญจนบุรี", 4), new Province("72", "สุพรรณบุรี", 3),
            new Province("73", "นครปฐม", 2), new Province("74", "สมุทรสาคร", 1),
            new Province("75", "สมุทรสงคราม", 1), new Province("76", "เพชรบุรี", 2),
            new Province("77", "ประจวบคีรีขันธ์", 2), new Province("80", "นครศรีธรรมราช", 4),
            new Province("81", "กระบี่", 1), new Province("82", "พังงา", 1),
            new Province("83", "ภูเก็ต", 1), new Province("84", "สุราษฎร์ธานี", 3),
            new Province("85", "ระนอง", 1), new Province("86", "ชุมพร", 2),
            new Province("90", "สงขลา", 3), new Province("91", "สตูล", 1),
            new Province("92", "ตรัง", 2), new Province("93", "พัทลุง", 2),
            new Province("94", "ปัตตานี", 3), new Province("95", "ยะลา", 3),
            new Province("96", "นราธิวาส", 3));

    static final List<String> BOYS = List.of("ธนากร", "ณัฐพล", "กิตติพัฒน์", "ภูริณัฐ", "ธีรภัทร", "ศุภกร", "ปิยะพงษ์",
            "อนุชา", "วรเมธ", "ชยพล", "พีรพัฒน์", "ณัฐวุฒิ", "ก้องภพ", "ธนวัฒน์", "สิรวิชญ์", "ภาคิน", "ปัณณวิชญ์",
            "จิรายุ", "อภิสิทธิ์", "ธราเทพ");
    static final List<String> GIRLS = List.of("ณัฐธิดา", "พิมพ์ชนก", "กัญญาณัฐ", "ชนิดาภา", "ปุณยาพร", "ศิริพร",
            "อรอุมา", "จิราพร", "นันทิชา", "พัชราภา", "ธัญชนก", "ปวีณา", "สุชาดา", "กมลชนก", "วรรณิศา", "ภัทรธิดา",
            "อัญชลี", "เบญจมาศ", "ขวัญข้าว", "มณีรัตน์");
    static final List<String> FAMILIES = List.of("ศรีสุข", "ใจดี", "แก้วมณี", "บุญมา", "ทองคำ", "สุขสวัสดิ์",
            "วงศ์ใหญ่", "จันทร์เพ็ญ", "พรหมมา", "อินทร์แก้ว", "สมบูรณ์ชัย", "ปัญญาดี", "มีสุข", "รุ่งเรือง",
            "ชัยมงคล", "เพชรรัตน์", "สายทอง", "บุญเรือง", "คำแสน", "ศรีวงศ์", "นาคสวัสดิ์", "ทิพย์มณี", "แสงอรุณ",
            "ธรรมวงศ์", "กาญจนวัฒน์");
    static final List<String> VILLAGES = List.of("หนองบัว", "โนนสูง", "ดอนแก้ว", "ห้วยทราย", "ป่าตึง", "นาคำ",
            "โคกกลาง", "หนองแวง", "ท่าช้าง", "บ่อทอง", "แม่ริม", "สันป่าตอง", "วังน้ำเย็น", "ทุ่งใหญ่", "หัวนา",
            "คลองน้ำใส", "บางพระ", "เขาดิน", "ดงมะไฟ", "หนองหญ้าปล้อง", "ห้วยยาง", "โพธิ์ทอง", "นาสาร", "ปากน้ำ",
            "ท่าศาลา", "ไร่ขิง", "หนองสองห้อง", "ดอนตูม", "โคกสำราญ", "น้ำพอง");
    static final List<String> POSITIONS = List.of("นักวิเคราะห์นโยบายและแผน", "ศึกษานิเทศก์",
            "นักวิชาการศึกษา", "ผู้อำนวยการกลุ่มนโยบายและแผน", "ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผล");

    private ThaiNames() {
    }
}
