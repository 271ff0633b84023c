-- Starting content of the code lists (the ministry's DMC codes); the API updates them.
insert into reference_code (list, code, name_th, name_en) values
 ('ethnicity', '099', 'ไทย', 'Thai'), ('ethnicity', '044', 'จีน', 'Chinese'), ('ethnicity', '048', 'พม่า', 'Burmese'),
 ('ethnicity', '056', 'กัมพูชา', 'Cambodian'), ('ethnicity', '057', 'ลาว', 'Lao'), ('ethnicity', '999', 'อื่น ๆ', 'Other'),
 ('nationality', '099', 'ไทย', 'Thai'), ('nationality', '044', 'จีน', 'Chinese'), ('nationality', '048', 'พม่า', 'Burmese'),
 ('nationality', '056', 'กัมพูชา', 'Cambodian'), ('nationality', '057', 'ลาว', 'Lao'), ('nationality', '999', 'อื่น ๆ', 'Other'),
 ('religion', '1', 'พุทธ', 'Buddhism'), ('religion', '2', 'อิสลาม', 'Islam'), ('religion', '3', 'คริสต์', 'Christianity'),
 ('religion', '4', 'ฮินดู', 'Hinduism'), ('religion', '5', 'ซิกข์', 'Sikhism'), ('religion', '9', 'อื่น ๆ', 'Other'),
 ('disability', '00', 'ไม่พิการ', 'None'), ('disability', '01', 'บกพร่องทางการเห็น', 'Visual'),
 ('disability', '02', 'บกพร่องทางการได้ยิน', 'Hearing'), ('disability', '03', 'บกพร่องทางสติปัญญา', 'Intellectual'),
 ('disability', '04', 'บกพร่องทางร่างกายหรือสุขภาพ', 'Physical or health'), ('disability', '05', 'บกพร่องทางการเรียนรู้', 'Learning'),
 ('disability', '06', 'บกพร่องทางการพูดและภาษา', 'Speech and language'), ('disability', '07', 'มีปัญหาทางพฤติกรรมหรืออารมณ์', 'Behavioural or emotional'),
 ('disability', '08', 'ออทิสติก', 'Autism'), ('disability', '09', 'พิการซ้อน', 'Multiple'),
 ('travel-mode', '1', 'เดิน', 'Walking'), ('travel-mode', '2', 'จักรยาน', 'Bicycle'), ('travel-mode', '3', 'รถจักรยานยนต์', 'Motorcycle'),
 ('travel-mode', '4', 'รถยนต์ส่วนตัว', 'Private car'), ('travel-mode', '5', 'รถรับส่งนักเรียน', 'School bus'),
 ('travel-mode', '6', 'รถโดยสารประจำทาง', 'Public bus'), ('travel-mode', '7', 'เรือ', 'Boat'), ('travel-mode', '9', 'อื่น ๆ', 'Other');
