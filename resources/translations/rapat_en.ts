<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>Alamat basis data tidak dikenali: {url}</source>
        <translation>Database address not recognised: {url}</translation>
    </message>
    <message>
        <source>Data ini baru saja diubah oleh pengguna lain; muat ulang lalu ulangi perubahan.</source>
        <translation>Another user has just changed this data; reload, then make your change again.</translation>
    </message>
    <message>
        <source>Basis data {where} dibuat oleh Rapat versi yang lebih baru (skema {rev}); perbarui Rapat untuk membukanya. Basis data tidak diubah.</source>
        <translation>Database {where} was made by a newer version of Rapat (schema {rev}); update Rapat to open it. The database was not changed.</translation>
    </message>
    <message>
        <source>Pembaruan skema basis data {where} gagal; basis data tidak diubah: {reason}</source>
        <translation>Database schema update {where} failed; the database was not changed: {reason}</translation>
    </message>
    <message>
        <source>Tidak dapat membuat folder basis data {folder}: {reason}</source>
        <translation>Cannot create the database folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas basis data</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <source>Basis data {path} tidak dapat dibuat: {reason}</source>
        <translation>Database {path} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>Basis data {url} tidak dapat dibuka: {reason}</source>
        <translation>Database {url} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat ({reason})</source>
        <translation>{where} is not a Rapat database ({reason})</translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat: berisi tabel lain</source>
        <translation>{where} is not a Rapat database: it holds other tables</translation>
    </message>
    <message>
        <source>Pembaruan skema basis data {where} dibatalkan: {count} rujukan tidak cocok. Basis data tidak diubah.</source>
        <translation>Database schema update {where} cancelled: {count} references do not match. The database was not changed.</translation>
    </message>
    <message>
        <source>Basis data {where} rusak dan tidak dapat dibaca.</source>
        <translation>Database {where} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Server {where} menolak perubahan: login ini hanya boleh membaca. Minta pengelola server memasukkannya ke kelompok rapat_staf.</source>
        <translation>Server {where} refused the change: this login is read-only. Ask the server administrator to add it to the rapat_staf group.</translation>
    </message>
    <message>
        <source>Server {where} meminta kata sandi login {user}.</source>
        <translation>Server {where} asks for the password of login {user}.</translation>
    </message>
    <message>
        <source>Server {where} menolak login {user}: kata sandi salah atau login belum dibuat.</source>
        <translation>Server {where} refused login {user}: wrong password, or the login has not been created.</translation>
    </message>
    <message>
        <source>Server {where} tidak dapat dihubungi. Yang sudah diketik tetap ada dan disimpan begitu server kembali.</source>
        <translation>Server {where} cannot be reached. What you have typed is kept and saved as soon as the server is back.</translation>
    </message>
    <message>
        <source>Basis data {where} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi.</source>
        <translation>Database {where} is locked by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>Basis data {where} tidak dapat ditulis: periksa izin folder dan ruang disk.</source>
        <translation>Database {where} cannot be written: check the folder permissions and disk space.</translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat (bukan berkas SQLite).</source>
        <translation>{where} is not a Rapat database (not an SQLite file).</translation>
    </message>
    <message>
        <source>Basis data {where} bermasalah: {reason}</source>
        <translation>Database {where} has a problem: {reason}</translation>
    </message>
    <message>
        <source>Tanda tangan {name} tidak dapat dibaca dan tidak dicantumkan</source>
        <translation>The signature of {name} cannot be read and was left out</translation>
    </message>
    <message>
        <source>Huruf berikut tidak tersedia di fon dokumen dan tampil sebagai kotak: {chars}</source>
        <translation>These characters are missing from the document font and show as boxes: {chars}</translation>
    </message>
    <message>
        <source>Logo kop surat tidak dapat dibaca; dokumen dibuat tanpa logo</source>
        <translation>The letterhead logo cannot be read; the document was made without it</translation>
    </message>
    <message>
        <source>Profil kantor belum memuat kop surat; dokumen dibuat tanpa kop. Isi kop surat di Pengaturan sebelum mencetak naskah dinas.</source>
        <translation>The office profile has no letterhead yet; the document was made without one. Fill in the letterhead in Settings before printing official letters.</translation>
    </message>
    <message>
        <source>Foto {file} tidak dapat dibaca dan tidak dicantumkan</source>
        <translation>Photo {file} cannot be read and was left out</translation>
    </message>
    <message>
        <source>Kata sandi sertifikat salah</source>
        <translation>Wrong certificate password</translation>
    </message>
    <message>
        <source>Berkas sertifikat rusak atau bukan PKCS#12 (.p12/.pfx)</source>
        <translation>The certificate file is damaged or not PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>Berkas sertifikat tidak berisi kunci penanda tangan</source>
        <translation>The certificate file holds no signing key</translation>
    </message>
    <message>
        <source>Sertifikat {owner} belum berlaku sampai {date}</source>
        <translation>The certificate of {owner} is not valid until {date}</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah kedaluwarsa sejak {date}</source>
        <translation>The certificate of {owner} expired on {date}</translation>
    </message>
    <message>
        <source>Sertifikat {owner} tidak boleh dipakai untuk tanda tangan dokumen</source>
        <translation>The certificate of {owner} may not be used to sign documents</translation>
    </message>
    <message>
        <source>Sertifikat {holder} tidak boleh menandatangani blok {block}: blok itu milik {officer}. Tidak ada yang ditandatangani.</source>
        <translation>The certificate of {holder} may not sign the {block} block: that block belongs to {officer}. Nothing was signed.</translation>
    </message>
    <message>
        <source>PDF ini tidak punya kolom tanda tangan yang masih kosong</source>
        <translation>This PDF has no empty signature field left</translation>
    </message>
    <message>
        <source>Pilih blok yang ditandatangani; yang masih kosong: {waiting}</source>
        <translation>Choose the block to sign; still empty: {waiting}</translation>
    </message>
    <message>
        <source>Kolom tanda tangan &apos;{field}&apos; tidak ada atau sudah ditandatangani; yang kosong: {waiting}</source>
        <translation>Signature field &apos;{field}&apos; does not exist or is already signed; empty: {waiting}</translation>
    </message>
    <message>
        <source>Layanan cap waktu berhenti menjawab ({reason}); coba tanda tangani lagi</source>
        <translation>The timestamp service stopped answering ({reason}); try signing again</translation>
    </message>
    <message>
        <source>Berkas bukan PDF yang utuh (rusak atau terpotong): {reason}</source>
        <translation>The file is not a whole PDF (damaged or cut short): {reason}</translation>
    </message>
    <message>
        <source>berakhir di tengah jalan</source>
        <translation>ends part-way through</translation>
    </message>
    <message>
        <source>bersarang terlalu dalam</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>Berkas bukan PDF</source>
        <translation>The file is not a PDF</translation>
    </message>
    <message>
        <source>{file}: tidak dapat ditulis ({reason})</source>
        <translation>{file}: cannot be written ({reason})</translation>
    </message>
    <message>
        <source>{field}: nilai &apos;{value}&apos; tidak dikenal; pilih salah satu dari {allowed}</source>
        <translation>{field}: unknown value &apos;{value}&apos;; choose one of {allowed}</translation>
    </message>
    <message>
        <source>{field}: NIP harus 18 digit angka, bukan &apos;{value}&apos;</source>
        <translation>{field}: a NIP has 18 digits, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{field}: wajib diisi</source>
        <translation>{field}: required</translation>
    </message>
    <message>
        <source>Judul rapat</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Status rapat</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <source>Jam selesai harus sesudah jam mulai</source>
        <translation>The end time must be after the start time</translation>
    </message>
    <message>
        <source>Status kehadiran</source>
        <translation>Attendance status</translation>
    </message>
    <message>
        <source>Isi pembahasan</source>
        <translation>Discussion text</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Belum dikerjakan</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Sedang dikerjakan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Forkopimda</source>
        <translation>Forkopimda</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Regional offices (OPD)</translation>
    </message>
    <message>
        <source>Kecamatan/Kelurahan</source>
        <translation>District/Village</translation>
    </message>
    <message>
        <source>Penyelenggara Pemilu</source>
        <translation>Election bodies</translation>
    </message>
    <message>
        <source>Tokoh/Ormas</source>
        <translation>Community figures/groups</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pimpinan Rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Tindak lanjut nomor {id} tidak ada</source>
        <translation>Follow-up action number {id} does not exist</translation>
    </message>
    <message>
        <source>Uraian tindak lanjut</source>
        <translation>Follow-up description</translation>
    </message>
    <message>
        <source>Status tindak lanjut</source>
        <translation>Follow-up status</translation>
    </message>
    <message>
        <source>Dibawa dari rapat {title}, {date}</source>
        <translation>Carried over from the meeting {title}, {date}</translation>
    </message>
    <message>
        <source>Dibawa ke rapat lanjutan {title}, {date}</source>
        <translation>Carried into the follow-up meeting {title}, {date}</translation>
    </message>
    <message>
        <source>Tindak lanjut “{what}”</source>
        <translation>Follow-up “{what}”</translation>
    </message>
    <message>
        <source>Foto nomor {id} tidak ada</source>
        <translation>Photo number {id} does not exist</translation>
    </message>
    <message>
        <source>{file}: bukan foto JPEG atau PNG yang dapat dibaca</source>
        <translation>{file}: not a readable JPEG or PNG photo</translation>
    </message>
    <message>
        <source>{file}: gambar terlalu besar ({size} MB; batasnya {limit} MB)</source>
        <translation>{file}: the image is too large ({size} MB; the limit is {limit} MB)</translation>
    </message>
    <message>
        <source>{file}: gambar {width} × {height} piksel ({mp} megapiksel); batasnya {limit} megapiksel. Perkecil gambar lalu coba lagi.</source>
        <translation>{file}: the image is {width} × {height} pixels ({mp} megapixels); the limit is {limit} megapixels. Make the image smaller and try again.</translation>
    </message>
    <message>
        <source>Orang ini tidak ada di direktori</source>
        <translation>This person is not in the directory</translation>
    </message>
    <message>
        <source>{name} sudah ada di daftar undangan</source>
        <translation>{name} is already on the invitation list</translation>
    </message>
    <message>
        <source>Instansi ini tidak ada di direktori</source>
        <translation>This institution is not in the directory</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Nama yang mewakili</source>
        <translation>Name of the representative</translation>
    </message>
    <message>
        <source>Peserta ini sudah tidak ada di daftar hadir</source>
        <translation>This participant is no longer on the attendance list</translation>
    </message>
    <message>
        <source>Kehadiran {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir; tidak ada yang diubah.</source>
        <translation>{name} is already recorded as present; nothing was changed.</translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir pukul {when}; tidak ada yang diubah.</source>
        <translation>{name} was already recorded as present at {when}; nothing was changed.</translation>
    </message>
    <message>
        <source>Nama organisasi</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi sudah ada</source>
        <translation>The organization root certificate already exists</translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Buat akar sertifikat organisasi lebih dulu</source>
        <translation>Create the organization root certificate first</translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <source>Hanya sertifikat yang diterbitkan akar organisasi ini yang dapat dicabut</source>
        <translation>Only certificates issued by this organization&apos;s root can be revoked</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah dicabut</source>
        <translation>The certificate of {owner} is already revoked</translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi belum menerbitkan daftar pencabutan</source>
        <translation>The organization root certificate has not published a revocation list yet</translation>
    </message>
    <message>
        <source>Berkas bukan sertifikat X.509 (PEM atau DER)</source>
        <translation>The file is not an X.509 certificate (PEM or DER)</translation>
    </message>
    <message>
        <source>Belum ada akar sertifikat organisasi</source>
        <translation>There is no organization root certificate yet</translation>
    </message>
    <message>
        <source>Sertifikat ini tidak menyimpan kunci</source>
        <translation>This certificate holds no key</translation>
    </message>
    <message>
        <source>Sertifikat ini tidak dapat dipakai untuk menandatangani</source>
        <translation>This certificate cannot be used for signing</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah dicabut sejak {date} ({reason})</source>
        <translation>The certificate of {owner} was revoked on {date} ({reason})</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter</source>
        <translation>The password needs at least {n} characters</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah tersimpan</source>
        <translation>The certificate of {owner} is already stored</translation>
    </message>
    <message>
        <source>Sertifikat nomor {id} tidak ada</source>
        <translation>Certificate number {id} does not exist</translation>
    </message>
    <message>
        <source>Kata sandi akar sertifikat salah</source>
        <translation>Wrong root certificate password</translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi sudah kedaluwarsa</source>
        <translation>The organization root certificate has expired</translation>
    </message>
    <message>
        <source>Nama instansi</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>Instansi &apos;{name}&apos; sudah ada di direktori</source>
        <translation>Institution &apos;{name}&apos; is already in the directory</translation>
    </message>
    <message>
        <source>Instansi {name}</source>
        <translation>Institution {name}</translation>
    </message>
    <message>
        <source>NIP {nip} sudah dipakai orang lain di direktori</source>
        <translation>NIP {nip} already belongs to someone else in the directory</translation>
    </message>
    <message>
        <source>Data {name}</source>
        <translation>The entry of {name}</translation>
    </message>
    <message>
        <source>Pilih dua instansi yang berbeda untuk digabung</source>
        <translation>Choose two different institutions to merge</translation>
    </message>
    <message>
        <source>Pilih dua orang yang berbeda untuk digabung</source>
        <translation>Choose two different people to merge</translation>
    </message>
    <message>
        <source>Data direktori ini sudah tidak ada</source>
        <translation>This directory entry no longer exists</translation>
    </message>
    <message>
        <source>Pimpinan rapat (ketua) belum diisi</source>
        <translation>The chair has not been filled in</translation>
    </message>
    <message>
        <source>Notulis belum diisi, padahal notulis ikut menandatangani</source>
        <translation>The note-taker has not been filled in, but the note-taker signs too</translation>
    </message>
    <message>
        <source>Belum ada peserta yang tercatat hadir</source>
        <translation>No participant has been recorded as present yet</translation>
    </message>
    <message>
        <source>Notula belum berisi pembahasan atau keputusan</source>
        <translation>The minutes hold no discussion or decision yet</translation>
    </message>
    <message>
        <source>Profil kantor belum berisi kop surat (nama pemerintah daerah dan unit kerja); isi di Pengaturan atau dengan `rapat profile set`</source>
        <translation>The office profile has no letterhead yet (regional government and work unit names); fill it in under Settings or with `rapat profile set`</translation>
    </message>
    <message>
        <source>Rapat belum lengkap: {missing}</source>
        <translation>The meeting is not complete: {missing}</translation>
    </message>
    <message>
        <source>Alasan revisi</source>
        <translation>Reason for the revision</translation>
    </message>
    <message>
        <source>Rapat ini belum final; ubah saja langsung</source>
        <translation>This meeting is not final yet; just edit it directly</translation>
    </message>
    <message>
        <source>Dokumen arsip nomor {id} tidak ada</source>
        <translation>Archived document number {id} does not exist</translation>
    </message>
    <message>
        <source>harus berupa objek JSON {...}</source>
        <translation>must be a JSON object {...}</translation>
    </message>
    <message>
        <source>kunci tidak dikenal</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>nilai &apos;{value}&apos; tidak dikenal; pilih salah satu dari {allowed}</source>
        <translation>unknown value &apos;{value}&apos;; choose one of {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan tanggal yang sah (YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; is not a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan jam yang sah (HH:MM, 24 jam)</source>
        <translation>&apos;{value}&apos; is not a valid time (HH:MM, 24 hours)</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka, bukan &apos;{value}&apos;</source>
        <translation>A NIP has 18 digits, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>harus berupa larik [...]</source>
        <translation>must be an array [...]</translation>
    </message>
    <message>
        <source>harus berupa teks yang tidak kosong</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <source>{file}: terlalu besar untuk berkas rapat (batasnya {limit} MB)</source>
        <translation>{file}: too large for a meeting file (the limit is {limit} MB)</translation>
    </message>
    <message>
        <source>{file}: tidak dapat dibaca ({reason})</source>
        <translation>{file}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>berkas kosong</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>bukan teks UTF-8 (bita tak sah pada posisi {pos}); bukan berkas rapat</source>
        <translation>not UTF-8 text (invalid byte at position {pos}); not a meeting file</translation>
    </message>
    <message>
        <source>bukan berkas rapat: JSON bersarang terlalu dalam</source>
        <translation>not a meeting file: the JSON is nested too deeply</translation>
    </message>
    <message>
        <source>bukan JSON yang sah: berisi \u-escape yang bukan huruf (surrogate tunggal)</source>
        <translation>not valid JSON: it contains a \u escape that is not a character (a lone surrogate)</translation>
    </message>
    <message>
        <source>baris {line}, kolom {col}</source>
        <translation>line {line}, column {col}</translation>
    </message>
    <message>
        <source>JSON terpotong: berkas berakhir sebelum selesai</source>
        <translation>Truncated JSON: the file ends too early</translation>
    </message>
    <message>
        <source>bukan JSON yang sah ({where}: {reason})</source>
        <translation>not valid JSON ({where}: {reason})</translation>
    </message>
    <message>
        <source>{n} peserta; satu rapat paling banyak {limit} peserta</source>
        <translation>{n} participants; a meeting may have at most {limit} participants</translation>
    </message>
    <message>
        <source>teks &quot;{start}…&quot; berisi {n} karakter; batasnya {limit} per isian</source>
        <translation>the text &quot;{start}…&quot; has {n} characters; the limit is {limit} per field</translation>
    </message>
    <message>
        <source>bukan berkas rapat: angka dengan {n} digit</source>
        <translation>not a meeting file: a number with {n} digits</translation>
    </message>
    <message>
        <source>kunci &apos;{key}&apos; muncul dua kali</source>
        <translation>key &apos;{key}&apos; appears twice</translation>
    </message>
    <message>
        <source>wajib diisi: &apos;{format}&apos;</source>
        <translation>required: &apos;{format}&apos;</translation>
    </message>
    <message>
        <source>versi format &apos;{found}&apos; tidak didukung; yang didukung &apos;{format}&apos;</source>
        <translation>format version &apos;{found}&apos; is not supported; supported is &apos;{format}&apos;</translation>
    </message>
    <message>
        <source>jam selesai harus sesudah jam mulai ({start})</source>
        <translation>the end time must be after the start time ({start})</translation>
    </message>
    <message>
        <source>harus berupa bilangan bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>{index} di luar jangkauan; agenda berisi {count} butir (mulai dari 1)</source>
        <translation>{index} is out of range; the agenda has {count} items (counting from 1)</translation>
    </message>
    <message>
        <source>Rapat nomor {id} tidak ada</source>
        <translation>Meeting number {id} does not exist</translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; sedang dibawa ke {where}; ubah di sana, lalu impor paketnya kembali ke sini</source>
        <translation>Meeting &apos;{title}&apos; has been taken to {where}; change it there, then import its package back here</translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; sudah final; buat revisi untuk mengubahnya</source>
        <translation>Meeting &apos;{title}&apos; is final; make a revision to change it</translation>
    </message>
    <message>
        <source>Kata pembukaan</source>
        <translation>Opening remarks</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Rincian rapat</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>Tanggal dan jam mulai rapat wajib diisi</source>
        <translation>The meeting&apos;s date and start time are required</translation>
    </message>
    <message>
        <source>Acara rapat</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <source>Butir agenda</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Pokok pembahasan</source>
        <translation>Discussion point</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{what} nomor {id} tidak ada</source>
        <translation>{what} number {id} does not exist</translation>
    </message>
    <message>
        <source>Kunci baris itu milik rapat lain</source>
        <translation>That row key belongs to another meeting</translation>
    </message>
    <message>
        <source>Butir agenda itu bukan bagian dari rapat ini</source>
        <translation>That agenda item is not part of this meeting</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>Representing</translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>{file} terlalu besar ({size}); batasnya {limit} untuk daftar undangan</source>
        <translation>{file} is too large ({size}); the limit for an invitation list is {limit}</translation>
    </message>
    <message>
        <source>{file}: berkas kosong</source>
        <translation>{file}: empty file</translation>
    </message>
    <message>
        <source>{file} bukan buku kerja Excel (.xlsx) atau berkas CSV</source>
        <translation>{file} is not an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Berkas › Info › Lindungi Buku Kerja), simpan, lalu impor lagi.</source>
        <translation>{file} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, then import again.</translation>
    </message>
    <message>
        <source>{file} adalah berkas Excel lama (.xls). Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi.</source>
        <translation>{file} is an old Excel file (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then import again.</translation>
    </message>
    <message>
        <source>{file} rusak atau tidak lengkap</source>
        <translation>{file} is damaged or incomplete</translation>
    </message>
    <message>
        <source>{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca</source>
        <translation>{file} is not a readable Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>{file} rusak atau tidak lengkap ({reason})</source>
        <translation>{file} is damaged or incomplete ({reason})</translation>
    </message>
    <message>
        <source>{file} ditolak: bagian {part} mengembang {ratio:.0f} kali saat dibuka (batasnya {limit} kali); berkas ini bukan daftar undangan biasa</source>
        <translation>{file} refused: its part {part} expands {ratio:.0f} times when opened (the limit is {limit} times); this is not an ordinary invitation list</translation>
    </message>
    <message>
        <source>{file} ditolak: isinya {size} setelah dibuka, batasnya {limit}</source>
        <translation>{file} refused: its content is {size} once opened; the limit is {limit}</translation>
    </message>
    <message>
        <source>{file}: lembar {sheet} punya lebih dari {limit} sel gabungan</source>
        <translation>{file}: sheet {sheet} has more than {limit} merged cells</translation>
    </message>
    <message>
        <source>{file}: lembar {sheet} menjangkau sampai baris {rows} dan kolom {columns}; Rapat membaca paling banyak {row_limit} baris dan {column_limit} kolom per lembar. Hapus baris dan kolom kosong di akhir lembar, lalu simpan lagi.</source>
        <translation>{file}: sheet {sheet} reaches row {rows} and column {columns}; Rapat reads at most {row_limit} rows and {column_limit} columns per sheet. Delete the empty rows and columns at the end of the sheet, then save it again.</translation>
    </message>
    <message>
        <source>{file}: lebih dari {limit} baris; bagi daftar menjadi beberapa berkas</source>
        <translation>{file}: more than {limit} rows; split the list into several files</translation>
    </message>
    <message>
        <source>{file} baris {line}: lebih dari {limit} kolom</source>
        <translation>{file} line {line}: more than {limit} columns</translation>
    </message>
    <message>
        <source>{file} baris {line}: CSV tidak dapat dibaca ({reason})</source>
        <translation>{file} line {line}: the CSV cannot be read ({reason})</translation>
    </message>
    <message>
        <source>{file} baris {line}: huruf tidak terbaca sebagai {encoding}. Simpan ulang daftar sebagai “CSV UTF-8” (Excel: Simpan Sebagai › CSV UTF-8), lalu impor lagi.</source>
        <translation>{file} line {line}: the letters cannot be read as {encoding}. Save the list again as “CSV UTF-8” (Excel: Save As › CSV UTF-8), then import it again.</translation>
    </message>
    <message>
        <source>{file}: baris judul kolom tidak ditemukan. Pastikan ada judul kolom seperti Nama, Jabatan, Instansi, NIP (atau Name, Position, Institution) di atas daftar.</source>
        <translation>{file}: no row of column headings found. Make sure headings such as Nama, Jabatan, Instansi, NIP (or Name, Position, Institution) stand above the list.</translation>
    </message>
    <message>
        <source>sama dengan baris {line}</source>
        <translation>same as row {line}</translation>
    </message>
    <message>
        <source>sudah ada di daftar hadir rapat ini</source>
        <translation>already on this meeting&apos;s attendance list</translation>
    </message>
    <message>
        <source>Tidak ada baris peserta di bawah judul kolom</source>
        <translation>No participant rows under the column headings</translation>
    </message>
    <message>
        <source>Rapat ini akan berisi {n} peserta; satu rapat paling banyak {limit}</source>
        <translation>This meeting would have {n} participants; a meeting may have at most {limit}</translation>
    </message>
    <message>
        <source>Pilih kolom untuk {field}</source>
        <translation>Choose the column for {field}</translation>
    </message>
    <message>
        <source>Kolom &apos;{column}&apos; dipilih untuk {a} dan {b}</source>
        <translation>Column &apos;{column}&apos; is chosen for both {a} and {b}</translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <source>Instansi kosong</source>
        <translation>Institution is empty</translation>
    </message>
    <message>
        <source>{field} berisi tanggal/jam ({value}), bukan teks; ketik ulang sebagai teks</source>
        <translation>{field} holds a date/time ({value}), not text; type it again as text</translation>
    </message>
    <message>
        <source>NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai teks lalu ketik ulang</source>
        <translation>The NIP was stored as a number and lost its last digits; format the NIP column as text and type it again</translation>
    </message>
    <message>
        <source>Keterangan &apos;{value}&apos; tidak dikenal; isi Hadir, Diwakili, Izin, Tidak hadir atau kosongkan</source>
        <translation>Unknown attendance &apos;{value}&apos;; write Hadir, Diwakili, Izin, Tidak hadir or leave it empty</translation>
    </message>
    <message>
        <source>Jam hadir &apos;{value}&apos; tidak dikenali; tulis seperti 08.30</source>
        <translation>Arrival time &apos;{value}&apos; not recognised; write it like 08.30</translation>
    </message>
    <message>
        <source>Pratinjau masih bermasalah; perbaiki dulu. Tidak ada peserta yang disimpan.</source>
        <translation>The preview still has problems; fix them first. No participant was stored.</translation>
    </message>
    <message>
        <source>Baris {line}: {name} sudah ada di daftar hadir; muat ulang pratinjau</source>
        <translation>Row {line}: {name} is already on the attendance list; reload the preview</translation>
    </message>
    <message>
        <source>{file}: bukan sertifikat X.509 (PEM atau DER)</source>
        <translation>{file}: not an X.509 certificate (PEM or DER)</translation>
    </message>
    <message>
        <source>Berkas ini memuat tambahan (tanda tangan atau data validasi) yang belum tersimpan di arsip.</source>
        <translation>This file holds additions (signatures or validation data) not yet stored in the archive.</translation>
    </message>
    <message>
        <source>Revisi {n} ini sudah diganti oleh revisi {newer}, tanggal {date}.</source>
        <translation>This revision {n} has been replaced by revision {newer}, dated {date}.</translation>
    </message>
    <message>
        <source>Berkas ini tidak memuat tanda tangan elektronik.</source>
        <translation>This file holds no electronic signature.</translation>
    </message>
    <message>
        <source>Tanda tangan {signer} tidak utuh: isi yang ditandatangani berubah (rusak atau dipalsukan).</source>
        <translation>The signature of {signer} is not intact: the signed content has changed (damaged or forged).</translation>
    </message>
    <message>
        <source>Berkas diubah setelah {signer} menandatangani, lebih dari sekadar menambah tanda tangan berikutnya.</source>
        <translation>The file was changed after {signer} signed, beyond adding the next signatures.</translation>
    </message>
    <message>
        <source>Isi berkas BERBEDA dari arsip “{title}”, revisi {n}, yang disebutnya.</source>
        <translation>The file&apos;s content DIFFERS from the archived “{title}”, revision {n}, that it refers to.</translation>
    </message>
    <message>
        <source>Sertifikat {signer} tidak berasal dari otoritas tepercaya (akar sertifikat organisasi, sertifikat yang diimpor, atau yang diberikan untuk pemeriksaan ini).</source>
        <translation>The certificate of {signer} does not come from a trusted authority (the organization root certificate, an imported certificate, or one given for this check).</translation>
    </message>
    <message>
        <source>{signer} menandatangani blok {block}, padahal blok itu milik {officer}.</source>
        <translation>{signer} signed the {block} block, but that block belongs to {officer}.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jam hadir</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Akar organisasi</source>
        <translation>Organization root</translation>
    </message>
    <message>
        <source>Pejabat penanda tangan</source>
        <translation>Signing officer</translation>
    </message>
    <message>
        <source>Tepercaya (pihak lain)</source>
        <translation>Trusted (other party)</translation>
    </message>
    <message>
        <source>Dicabut {date}: {reason}</source>
        <translation>Revoked {date}: {reason}</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Berakhir dalam {n} hari</source>
        <translation>Ends in {n} days</translation>
    </message>
    <message>
        <source>Belum berlaku</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Arsip notula</source>
        <translation>Minutes archive</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sidik berkas</source>
        <translation>File fingerprint</translation>
    </message>
    <message>
        <source>Belum ada notula di arsip. Finalisasi rapat untuk membuat yang pertama.</source>
        <translation>No minutes in the archive yet. Finalize the meeting to make the first.</translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Periksa keaslian</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Perbarui validasi arsip</source>
        <translation>Renew archive validation</translation>
    </message>
    <message>
        <source>Tambahkan cap waktu dokumen dan data pencabutan terbaru (PAdES B-LTA), agar tanda tangan tetap dapat diperiksa setelah sertifikatnya berakhir; perlu layanan cap waktu</source>
        <translation>Add a document timestamp and the latest revocation data (PAdES B-LTA) so that the signatures can still be verified after their certificates end; needs a timestamp service</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan: {who}</source>
        <translation>Waiting for signatures: {who}</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sidik berkas (SHA-256): berubah bila satu bait pun berkas diubah; cocokkan dengan berkas yang diterima.
{digest}</source>
        <translation>File fingerprint (SHA-256): it changes if even one byte of the file changes; compare it with the file received.
{digest}</translation>
    </message>
    <message>
        <source>Memperbarui validasi arsip… (menghubungi layanan cap waktu)</source>
        <translation>Renewing archive validation… (contacting the timestamp service)</translation>
    </message>
    <message>
        <source>Validasi arsip revisi {n} diperbarui (cap waktu dokumen).</source>
        <translation>Archive validation of revision {n} renewed (document timestamp).</translation>
    </message>
    <message>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Notula revisi {n}</source>
        <translation>Minutes, revision {n}</translation>
    </message>
    <message>
        <source>Simpan notula dari arsip</source>
        <translation>Save the minutes from the archive</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Finalisasi</source>
        <translation>Finalization</translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Nomor undangan</source>
        <translation>Invitation number</translation>
    </message>
    <message>
        <source>Validasi arsip</source>
        <translation>Archive validation</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {reason}</source>
        <translation>An unexpected error occurred: {reason}</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Judul dan rincian</source>
        <translation>Title and details</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up actions</translation>
    </message>
    <message numerus="yes">
        <source> · %n bagian cocok</source>
        <translation>
            <numerusform> · %n matching part</numerusform>
            <numerusform> · %n matching parts</numerusform>
        </translation>
    </message>
    <message>
        <source>Rapat telah selesai; notulanya sudah final.</source>
        <translation>The meeting has ended; its minutes are final.</translation>
    </message>
    <message>
        <source>Rapat belum dimulai; mulai pukul {time}.</source>
        <translation>The meeting has not started yet; it starts at {time}.</translation>
    </message>
    <message>
        <source>Rapat belum dimulai; dijadwalkan {date} pukul {time}.</source>
        <translation>The meeting has not started yet; it is scheduled for {date} at {time}.</translation>
    </message>
    <message>
        <source>Rapat sedang berlangsung.</source>
        <translation>The meeting is under way.</translation>
    </message>
    <message>
        <source>Rapat telah selesai.</source>
        <translation>The meeting has ended.</translation>
    </message>
    <message>
        <source>Mewakili {whom}</source>
        <translation>Representing {whom}</translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <source>notula PDF</source>
        <translation>minutes PDF</translation>
    </message>
    <message>
        <source>daftar hadir PDF</source>
        <translation>attendance list PDF</translation>
    </message>
    <message>
        <source>buku kerja Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>surat undangan PDF</source>
        <translation>invitation letter PDF</translation>
    </message>
    <message>
        <source>undangan kalender</source>
        <translation>calendar invitation</translation>
    </message>
    <message>
        <source>matriks tindak lanjut PDF</source>
        <translation>follow-up matrix PDF</translation>
    </message>
    <message>
        <source>matriks tindak lanjut Excel</source>
        <translation>follow-up matrix Excel</translation>
    </message>
    <message>
        <source>notula arsip revisi {revision}</source>
        <translation>archived minutes, revision {revision}</translation>
    </message>
    <message>
        <source>paket rapat</source>
        <translation>meeting package</translation>
    </message>
    <message>
        <source>{what}: {file}</source>
        <translation>{what}: {file}</translation>
    </message>
    <message>
        <source>diimpor dari paket {file}</source>
        <translation>imported from package {file}</translation>
    </message>
    <message>
        <source>nomor {number}</source>
        <translation>number {number}</translation>
    </message>
    <message>
        <source>validasi arsip diperbarui, revisi {revision}</source>
        <translation>archive validation renewed, revision {revision}</translation>
    </message>
    <message>
        <source>revisi {revision}</source>
        <translation>revision {revision}</translation>
    </message>
    <message>
        <source>revisi {revision}: {reason}</source>
        <translation>revision {revision}: {reason}</translation>
    </message>
    <message>
        <source>{signer} sebagai {role}, revisi {revision}</source>
        <translation>{signer} as {role}, revision {revision}</translation>
    </message>
    <message>
        <source>Jenis sertifikat</source>
        <translation>Certificate kind</translation>
    </message>
    <message>
        <source>Blok tanda tangan</source>
        <translation>Signature blocks</translation>
    </message>
    <message>
        <source>Cadangan {target} tidak dapat dibuat: {reason}</source>
        <translation>Backup {target} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>Cadangan {target} tidak dapat ditulis: {reason}</source>
        <translation>Backup {target} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>pg_dump tidak terpasang, jadi basis data server tidak dapat dicadangkan dari sini. Pasang klien PostgreSQL (Debian/Ubuntu: paket postgresql-client) lalu coba lagi.</source>
        <translation>pg_dump is not installed, so the server database cannot be backed up from here. Install the PostgreSQL client (Debian/Ubuntu: the postgresql-client package) and try again.</translation>
    </message>
    <message>
        <source>Sebutkan berkas cadangan server dengan -o FILE</source>
        <translation>Name the server backup file with -o FILE</translation>
    </message>
    <message>
        <source>pg_dump gagal: {reason}</source>
        <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
        <source>Cadangan utuh terbaru: {backup}. Untuk memulihkannya: rapat restore &quot;{backup}&quot;, atau Pengaturan → Cadangan.</source>
        <translation>Newest intact backup: {backup}. To restore it: rapat restore &quot;{backup}&quot;, or Settings → Backups.</translation>
    </message>
    <message>
        <source>Belum ada cadangan yang utuh: salin berkas itu ke tempat aman sebelum mengubah apa pun.</source>
        <translation>There is no intact backup yet: copy that file somewhere safe before changing anything.</translation>
    </message>
    <message>
        <source>Basis data {path} memiliki halaman yang rusak.</source>
        <translation>Database {path} has damaged pages.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak dapat diperiksa: {reason}</source>
        <translation>Database {path} cannot be checked: {reason}</translation>
    </message>
    <message>
        <source>{file} bukan cadangan Rapat yang utuh</source>
        <translation>{file} is not a whole Rapat backup</translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source> (bukan berkas SQLite)</source>
        <translation> (not an SQLite file)</translation>
    </message>
    <message>
        <source> (berkas rusak)</source>
        <translation> (damaged file)</translation>
    </message>
    <message>
        <source> (bukan basis data Rapat)</source>
        <translation> (not a Rapat database)</translation>
    </message>
    <message>
        <source> (skema {rev} tidak dikenal versi Rapat ini)</source>
        <translation> (schema {rev} unknown to this version of Rapat)</translation>
    </message>
    <message>
        <source>{file} adalah basis data yang sedang dipakai</source>
        <translation>{file} is the database in use</translation>
    </message>
    <message>
        <source>Pemulihan gagal, basis data tidak diubah: {reason}</source>
        <translation>Restore failed, the database was not changed: {reason}</translation>
    </message>
    <message>
        <source>Folder cadangan {folder} tidak dapat dibuat: {reason}</source>
        <translation>Backup folder {folder} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>{file}: jenis berkas &apos;{suffix}&apos; tidak didukung; gunakan .pdf atau .xlsx</source>
        <translation>{file}: file type &apos;{suffix}&apos; is not supported; use .pdf or .xlsx</translation>
    </message>
    <message>
        <source>(tanpa akhiran)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>kiri</source>
        <translation>left</translation>
    </message>
    <message>
        <source>kanan</source>
        <translation>right</translation>
    </message>
    <message>
        <source>atas</source>
        <translation>top</translation>
    </message>
    <message>
        <source>bawah</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>Pola nomor surat undangan &apos;{pattern}&apos; tidak memuat {{n}} (nomor urut)</source>
        <translation>Invitation letter number pattern &apos;{pattern}&apos; does not contain {{n}} (the sequence number)</translation>
    </message>
    <message>
        <source>Pola nomor surat undangan &apos;{pattern}&apos; hanya boleh memuat {{n}}, {{bulan}} dan {{tahun}}</source>
        <translation>Invitation letter number pattern &apos;{pattern}&apos; may only contain {{n}}, {{bulan}} and {{tahun}}</translation>
    </message>
    <message>
        <source>Margin {side} harus antara {low} dan {high} cm</source>
        <translation>The {side} margin must be between {low} and {high} cm</translation>
    </message>
    <message>
        <source>Jenis huruf harus salah satu dari: {faces}</source>
        <translation>The typeface must be one of: {faces}</translation>
    </message>
    <message>
        <source>Ukuran huruf harus antara {low} dan {high} pt</source>
        <translation>The type size must be between {low} and {high} pt</translation>
    </message>
    <message>
        <source>Pola nomor surat undangan harus berupa teks</source>
        <translation>The invitation number pattern must be text</translation>
    </message>
    <message>
        <source>Pola nomor surat undangan paling panjang {n} karakter, satu baris</source>
        <translation>The invitation number pattern is at most {n} characters, on one line</translation>
    </message>
    <message>
        <source>{file}: jenis berkas &apos;{suffix}&apos; tidak didukung; gunakan .ics atau .pdf</source>
        <translation>{file}: file type &apos;{suffix}&apos; is not supported; use .ics or .pdf</translation>
    </message>
    <message>
        <source>bukan teks UTF-8</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>{file}: bukan JSON yang sah (baris {line})</source>
        <translation>{file}: not valid JSON (line {line})</translation>
    </message>
    <message>
        <source>{file}: harus berisi satu objek JSON</source>
        <translation>{file}: must hold a single JSON object</translation>
    </message>
    <message>
        <source>{file}: kunci &apos;{key}&apos; tidak dikenal; gunakan {keys}</source>
        <translation>{file}: unknown key &apos;{key}&apos;; use {keys}</translation>
    </message>
    <message>
        <source>{file}: &apos;government&apos; harus satu baris</source>
        <translation>{file}: &apos;government&apos; must be a single line</translation>
    </message>
    <message>
        <source>{file}: &apos;unit&apos; memerlukan &apos;government&apos; (baris pertama kop surat)</source>
        <translation>{file}: &apos;unit&apos; needs &apos;government&apos; (the first line of the letterhead)</translation>
    </message>
    <message>
        <source>{file}: &apos;signature_blocks&apos; harus chair atau chair_and_note_taker</source>
        <translation>{file}: &apos;signature_blocks&apos; must be chair or chair_and_note_taker</translation>
    </message>
    <message>
        <source>{file}: &apos;timezone&apos; harus WIB, WITA atau WIT</source>
        <translation>{file}: &apos;timezone&apos; must be WIB, WITA or WIT</translation>
    </message>
    <message>
        <source>{file}: &apos;margins&apos; harus objek dengan {sides} (cm)</source>
        <translation>{file}: &apos;margins&apos; must be an object with {sides} (cm)</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos; harus berupa teks</source>
        <translation>{file}: &apos;{key}&apos; must be text</translation>
    </message>
    <message>
        <source>{file}: &apos;logo&apos; harus berupa path berkas gambar</source>
        <translation>{file}: &apos;logo&apos; must be the path of an image file</translation>
    </message>
    <message>
        <source>bukan gambar yang dapat dibaca</source>
        <translation>not a readable image</translation>
    </message>
    <message>
        <source>{file}: &apos;logo&apos;: {image}: {problem}</source>
        <translation>{file}: &apos;logo&apos;: {image}: {problem}</translation>
    </message>
    <message>
        <source>Layanan cap waktu {url} tidak dapat dihubungi ({reason}); tanda tangan dibuat tanpa cap waktu (PAdES B-B) dan hanya dapat diperiksa selama sertifikatnya berlaku</source>
        <translation>Timestamp service {url} cannot be reached ({reason}); the signature was made without a timestamp (PAdES B-B) and can only be verified while its certificate is valid</translation>
    </message>
    <message>
        <source>tidak menjawab dalam {n} detik</source>
        <translation>no answer within {n} seconds</translation>
    </message>
    <message>
        <source>menolak permintaan (HTTP {status})</source>
        <translation>refused the request (HTTP {status})</translation>
    </message>
    <message>
        <source>tidak tersambung</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>jawabannya bukan cap waktu yang sah</source>
        <translation>the answer is not a valid timestamp</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah dicabut sejak {date}</source>
        <translation>The certificate of {owner} was revoked on {date}</translation>
    </message>
    <message>
        <source>Dokumen ini belum ditandatangani; belum ada yang perlu diperbarui</source>
        <translation>This document is not signed yet; there is nothing to renew</translation>
    </message>
    <message>
        <source>Layanan cap waktu {url} berhenti menjawab: {reason}</source>
        <translation>Timestamp service {url} stopped answering: {reason}</translation>
    </message>
    <message>
        <source>Rapat {reference}; SHA-256 salinan final sebelum ditandatangani: {sha}</source>
        <translation>Meeting {reference}; SHA-256 of the final copy before signing: {sha}</translation>
    </message>
    <message>
        <source>Ditandatangani secara elektronik</source>
        <translation>Electronically signed</translation>
    </message>
    <message>
        <source>oleh %(officer)s</source>
        <translation>by %(officer)s</translation>
    </message>
    <message>
        <source>NIP %(nip)s</source>
        <translation>NIP %(nip)s</translation>
    </message>
    <message>
        <source>QR: rujukan arsip dan SHA-256</source>
        <translation>QR: archive reference and SHA-256</translation>
    </message>
    <message>
        <source>Pendaftaran mandiri tidak dapat dibuka.</source>
        <translation>Self check-in could not be opened.</translation>
    </message>
    <message>
        <source>Alamat {host}:{port} tidak dapat dipakai: {reason}</source>
        <translation>Address {host}:{port} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Alamat layanan cap waktu belum diisi di Pengaturan › Tanda Tangan Elektronik</source>
        <translation>The timestamp service address is not set in Settings › Electronic signatures</translation>
    </message>
    <message>
        <source>Rapat nomor {id} belum punya notula yang ditandatangani lengkap</source>
        <translation>Meeting number {id} has no fully signed minutes yet</translation>
    </message>
    <message>
        <source>Pencarian</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nama ini tidak ada di daftar undangan rapat ini.</source>
        <translation>This name is not on this meeting&apos;s invitation list.</translation>
    </message>
    <message>
        <source>{label} tidak terbaca.</source>
        <translation>{label} could not be read.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang (paling banyak {n} huruf).</source>
        <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Tanda tangan belum dibuat.</source>
        <translation>No signature has been drawn yet.</translation>
    </message>
    <message>
        <source>Gambar tanda tangan terlalu besar.</source>
        <translation>The signature image is too large.</translation>
    </message>
    <message>
        <source>Tanda tangan tidak terbaca.</source>
        <translation>The signature could not be read.</translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir pukul {when}.</source>
        <translation>{name} is already recorded as present at {when}.</translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir.</source>
        <translation>{name} is already recorded as present.</translation>
    </message>
    <message>
        <source>Butir agenda baru</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Judul butir agenda:</source>
        <translation>Title of the agenda item:</translation>
    </message>
    <message>
        <source>Hapus butir agenda</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <source>Pindahkan butir agenda</source>
        <translation>Move agenda item</translation>
    </message>
    <message>
        <source>Keputusan baru</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Pokok pembahasan baru</source>
        <translation>New discussion point</translation>
    </message>
    <message>
        <source>Mengetik</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Buka rapat</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>Buka rapat asal tindak lanjut ini (Enter)</source>
        <translation>Open the meeting this action comes from (Enter)</translation>
    </message>
    <message>
        <source>Catatan, mis. hasil pengecekan lapangan</source>
        <translation>Note, e.g. result of the field check</translation>
    </message>
    <message>
        <source>Status &amp;baru</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Catat status baru dan catatannya di riwayat (Enter)</source>
        <translation>Record the new status and its note in the history (Enter)</translation>
    </message>
    <message>
        <source>Riwayat lintas rapat</source>
        <translation>History across meetings</translation>
    </message>
    <message>
        <source>Pilih tindak lanjut untuk melihat riwayat dan statusnya.</source>
        <translation>Choose a follow-up action to see its history and status.</translation>
    </message>
    <message>
        <source>tanpa tenggat</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Tenggat {due} · {status}</source>
        <translation>Due {due} · {status}</translation>
    </message>
    <message>
        <source>Rapat: {title}, {date}</source>
        <translation>Meeting: {title}, {date}</translation>
    </message>
    <message>
        <source>Pilih status baru atau tulis catatan dulu.</source>
        <translation>Choose a new status or write a note first.</translation>
    </message>
    <message>
        <source>Status tersimpan di riwayat.</source>
        <translation>Status stored in the history.</translation>
    </message>
    <message>
        <source>Semua instansi</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>Semua PIC</source>
        <translation>All PICs</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Melewati tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Semua rapat</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tampilkan semua tindak lanjut</source>
        <translation>Show every follow-up action</translation>
    </message>
    <message>
        <source>&amp;Instansi</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>&amp;PIC</source>
        <translation>&amp;PIC</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Rapat</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>Tenggat &amp;dari</source>
        <translation>Due &amp;from</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rapat server init memerlukan alamat PostgreSQL (postgresql://…)</source>
        <translation>rapat server init needs a PostgreSQL address (postgresql://…)</translation>
    </message>
    <message>
        <source>Nama login &apos;{name}&apos; tidak dapat dipakai: gunakan huruf kecil, angka, titik atau garis bawah, diawali huruf.</source>
        <translation>Login name &apos;{name}&apos; cannot be used: use lowercase letters, digits, dots or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: paling sedikit 8 karakter.</source>
        <translation>Password too short: at least 8 characters.</translation>
    </message>
    <message>
        <source>Server belum disiapkan: jalankan dulu &apos;rapat server init ALAMAT&apos;.</source>
        <translation>The server is not set up yet: run &apos;rapat server init ADDRESS&apos; first.</translation>
    </message>
    <message>
        <source>Login &apos;{name}&apos; sudah ada di server.</source>
        <translation>Login &apos;{name}&apos; already exists on the server.</translation>
    </message>
    <message>
        <source>Kata sandi tidak dapat disimpan di keyring sistem: {reason}</source>
        <translation>The password cannot be saved in the system keyring: {reason}</translation>
    </message>
    <message>
        <source>{file}: paket rusak atau terpotong; tidak ada yang disimpan.</source>
        <translation>{file}: the package is damaged or truncated; nothing was saved.</translation>
    </message>
    <message>
        <source>{file}: bukan paket rapat (tidak ada manifest yang sah).</source>
        <translation>{file}: not a meeting package (no valid manifest).</translation>
    </message>
    <message>
        <source>{file}: bukan paket rapat ({kind}).</source>
        <translation>{file}: not a meeting package ({kind}).</translation>
    </message>
    <message>
        <source>{file}: paket dibuat oleh Rapat yang lebih baru ({kind}/{version}); perbarui Rapat untuk membukanya. Tidak ada yang disimpan.</source>
        <translation>{file}: the package was made by a newer Rapat ({kind}/{version}); update Rapat to open it. Nothing was saved.</translation>
    </message>
    <message>
        <source>{file}: rapat &apos;{title}&apos; sudah berubah di sini dan di paket sejak paket dibuat; tidak ada yang disimpan.
Di sini: terakhir diubah oleh {here_by} pada {here_at}; {here_summary}.
Di paket: dibuat oleh {there_by} pada {there_at}; {there_summary}.
Bandingkan kedua salinan, lalu ekspor ulang dari salinan yang benar.</source>
        <translation>{file}: meeting &apos;{title}&apos; has changed both here and in the package since the package was made; nothing was saved.
Here: last changed by {here_by} on {here_at}; {here_summary}.
In the package: made by {there_by} on {there_at}; {there_summary}.
Compare the two copies, then export again from the correct one.</translation>
    </message>
    <message>
        <source>{participants} peserta ({present} hadir), {points} pembahasan, {decisions} keputusan, {actions} tindak lanjut</source>
        <translation>{participants} participants ({present} present), {points} discussion points, {decisions} decisions, {actions} follow-ups</translation>
    </message>
    <message>
        <source>{what} sudah dihapus oleh pengguna lain</source>
        <translation>{what} has been deleted by another user</translation>
    </message>
    <message>
        <source>pengguna lain</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>{date} pukul {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>{what} sudah diubah oleh {who} ({when}). Perubahan Anda belum disimpan; teks Anda tetap di layar.</source>
        <translation>{what} has been changed by {who} ({when}). Your change is not saved yet; your text stays on screen.</translation>
    </message>
    <message>
        <source>{what} sudah diubah oleh {who}. Perubahan Anda belum disimpan; teks Anda tetap di layar.</source>
        <translation>{what} has been changed by {who}. Your change is not saved yet; your text stays on screen.</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum tersimpan</source>
        <translation>Some changes are not saved yet</translation>
    </message>
    <message>
        <source>{count} perubahan belum tersimpan ke basis data.</source>
        <translation>{count} change(s) not saved to the database yet.</translation>
    </message>
    <message>
        <source>Salinannya sudah disimpan di {path}. Tunggu sampai tersimpan, simpan salinan di tempat lain, atau tutup sekarang.</source>
        <translation>A copy has been saved in {path}. Wait until they are saved, save a copy elsewhere, or close now.</translation>
    </message>
    <message>
        <source>Tunggu</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Simpan salinan…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Tutup sekarang</source>
        <translation>Close now</translation>
    </message>
    <message>
        <source>Simpan salinan perubahan yang belum tersimpan</source>
        <translation>Save a copy of the unsaved changes</translation>
    </message>
    <message>
        <source>Berkas JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation>{file} cannot be read ({reason})</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Finalisasi…</source>
        <translation>Finalize…</translation>
    </message>
    <message>
        <source>Bekukan rapat dan buat notula PDF/A dengan kolom tanda tangan</source>
        <translation>Freeze the meeting and make the PDF/A minutes with signature fields</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Tanda tangani…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Tanda tangani notula; kata sandi ditanyakan</source>
        <translation>Sign the minutes; the password is asked for</translation>
    </message>
    <message>
        <source>Lengkapi dulu sebelum finalisasi:</source>
        <translation>Complete these before finalizing:</translation>
    </message>
    <message>
        <source>Semua syarat terpenuhi. Finalisasi membekukan rapat dan membuat notula PDF/A dengan kolom tanda tangan.</source>
        <translation>Everything is ready. Finalizing freezes the meeting and makes the PDF/A minutes with signature fields.</translation>
    </message>
    <message>
        <source>Notula dapat ditandatangani setelah finalisasi.</source>
        <translation>The minutes can be signed after finalizing.</translation>
    </message>
    <message>
        <source>Pilih siapa yang menandatangani dan sertifikatnya. Kata sandi ditanyakan.</source>
        <translation>Choose who signs and with which certificate. The password is asked for.</translation>
    </message>
    <message>
        <source>Semua tanda tangan sudah lengkap.</source>
        <translation>All signatures are complete.</translation>
    </message>
    <message>
        <source>Berkas .p12/.pfx lain…</source>
        <translation>Another .p12/.pfx file…</translation>
    </message>
    <message>
        <source>Belum ada sertifikat tersimpan milik pejabat blok ini; pilih berkas .p12/.pfx-nya.</source>
        <translation>No stored certificate belongs to this block&apos;s officer yet; choose their .p12/.pfx file.</translation>
    </message>
    <message>
        <source>Hanya sertifikat milik pejabat blok ini</source>
        <translation>Only certificates of this block&apos;s officer</translation>
    </message>
    <message>
        <source>Finalisasi rapat</source>
        <translation>Finalize the meeting</translation>
    </message>
    <message>
        <source>Setelah finalisasi, rapat tidak dapat diubah lagi; perbaikan hanya lewat revisi baru. Notula PDF/A dibuat dan menunggu tanda tangan. Lanjutkan?</source>
        <translation>After finalizing, the meeting cannot be changed; corrections only go through a new revision. The PDF/A minutes are made and wait for signatures. Continue?</translation>
    </message>
    <message>
        <source>Memfinalisasi rapat dan membuat notula PDF/A…</source>
        <translation>Finalizing the meeting and making the PDF/A minutes…</translation>
    </message>
    <message>
        <source>Kata sandi sertifikat {owner} untuk menandatangani sebagai {role}:</source>
        <translation>Password of the certificate of {owner}, to sign as {role}:</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Menandatangani notula…</source>
        <translation>Signing the minutes…</translation>
    </message>
    <message>
        <source>Pilih sertifikat penanda tangan</source>
        <translation>Choose the signing certificate</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Notula ditandatangani lengkap dan tersimpan di arsip.</source>
        <translation>The minutes are fully signed and stored in the archive.</translation>
    </message>
    <message>
        <source>Tanda tangan tersimpan. Masih menunggu: {who}</source>
        <translation>Signature stored. Still waiting for: {who}</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>+ Tindak lanjut</source>
        <translation>+ Follow-up</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut. Ctrl+T pada pokok pembahasan atau keputusan di Notula menjadikannya tindak lanjut.</source>
        <translation>No follow-up actions yet. Ctrl+T on a discussion point or decision in the Minutes makes it a follow-up action.</translation>
    </message>
    <message>
        <source>Apa yang harus dikerjakan…</source>
        <translation>What has to be done…</translation>
    </message>
    <message>
        <source>Instansi penanggung jawab</source>
        <translation>Responsible institution</translation>
    </message>
    <message>
        <source>Nama PIC (boleh kosong)</source>
        <translation>Name of the PIC (optional)</translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Tanggal lampau boleh; tindak lanjut itu tampil terlambat</source>
        <translation>A past date is allowed; the action then shows as overdue</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Mengetik</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Ubah tenggat</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Tindak lanjut baru</source>
        <translation>New follow-up action</translation>
    </message>
    <message>
        <source>Belum ditentukan</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Tindak lanjut dicatat untuk {who}: {what}</source>
        <translation>Follow-up action recorded for {who}: {what}</translation>
    </message>
    <message>
        <source>Hapus tindak lanjut</source>
        <translation>Delete follow-up action</translation>
    </message>
</context>
<context>
    <name>ActionListDialog</name>
    <message>
        <source>Matriks tindak lanjut</source>
        <translation>Follow-up matrix</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>{date} (lewat {n} hari)</source>
        <translation>{date} ({n} days overdue)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>{status} (mandiri)</source>
        <translation>{status} (self check-in)</translation>
    </message>
    <message>
        <source>Sudah bertanda tangan</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Belum bertanda tangan — Ctrl+T</source>
        <translation>Not signed yet — Ctrl+T</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Belum ada peserta. Ketik nama untuk mencatat kehadiran, atau Undang instansi.</source>
        <translation>No participants yet. Type a name to check someone in, or invite institutions.</translation>
    </message>
    <message>
        <source>Kelompokkan per instansi</source>
        <translation>Group by institution</translation>
    </message>
    <message>
        <source>Urutkan menurut instansi (Ctrl+G)</source>
        <translation>Sort by institution (Ctrl+G)</translation>
    </message>
    <message>
        <source>Jam hadir</source>
        <translation>Arrival</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Undang instansi…</source>
        <translation>Invite institutions…</translation>
    </message>
    <message>
        <source>Undang orang dari direktori…</source>
        <translation>Invite people from the directory…</translation>
    </message>
    <message>
        <source>Salin undangan dari rapat lain…</source>
        <translation>Copy invitations from another meeting…</translation>
    </message>
    <message>
        <source>Impor daftar undangan (Excel/CSV)…</source>
        <translation>Import an invitation list (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Login Anda hanya dapat membaca: daftar hadir tidak dapat diubah.</source>
        <translation>Your login may only read: the attendance list cannot be changed.</translation>
    </message>
    <message>
        <source>Rapat ini sudah final: daftar hadir hanya dapat dibaca.</source>
        <translation>This meeting is final: the attendance list is read-only.</translation>
    </message>
    <message>
        <source>Ketik nama atau instansi peserta dulu.</source>
        <translation>Type the participant&apos;s name or institution first.</translation>
    </message>
    <message>
        <source>Pilih dulu peserta yang diwakili.</source>
        <translation>First choose the participant who is represented.</translation>
    </message>
    <message>
        <source>{name} dihapus dari daftar hadir.</source>
        <translation>{name} was removed from the attendance list.</translation>
    </message>
    <message>
        <source>{name} tercatat izin.</source>
        <translation>{name} recorded as excused.</translation>
    </message>
    <message>
        <source>{name} tercatat hadir mewakili {whom} pukul {time}.</source>
        <translation>{name} recorded present on behalf of {whom} at {time}.</translation>
    </message>
    <message>
        <source>{name} tercatat hadir pukul {time}.</source>
        <translation>{name} recorded present at {time}.</translation>
    </message>
    <message>
        <source>{n} undangan ditambahkan.</source>
        <translation>{n} invitations added.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Rapat mencadangkan arsip sendiri: saat dibuka pertama kali setiap hari (7 cadangan harian terakhir disimpan), sebelum memperbarui basis data dan sebelum rapat difinalkan (masing-masing 5 terakhir). Cadangan buatan sendiri disimpan 10 terakhir.</source>
        <translation>Rapat backs up the archive by itself: when first opened each day (the last 7 daily backups are kept), before updating the database and before a meeting is finalized (the last 5 of each). The last 10 manual backups are kept.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Jumlah rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Buat cadangan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Pulihkan arsip dari cadangan yang dipilih</source>
        <translation>Restore the archive from the selected backup</translation>
    </message>
    <message>
        <source>Pulihkan dari berkas lain…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <source>Basis data ini ada di server PostgreSQL: pengelola server mencadangkannya (rapat backup -o BERKAS memakai pg_dump).</source>
        <translation>This database is on a PostgreSQL server: the server administrator backs it up (rapat backup -o FILE uses pg_dump).</translation>
    </message>
    <message>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Harian</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Sebelum pembaruan</source>
        <translation>Before update</translation>
    </message>
    <message>
        <source>Sebelum finalisasi</source>
        <translation>Before finalization</translation>
    </message>
    <message>
        <source>Dibuat sendiri</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>{date} pukul {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <source>Pilih cadangan</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Cadangan Rapat (*.db);;Semua berkas (*)</source>
        <translation>Rapat backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Pulihkan arsip dari cadangan {when} ({meetings} rapat)?</source>
        <translation>Restore the archive from the backup of {when} ({meetings} meetings)?</translation>
    </message>
    <message>
        <source>Arsip yang sekarang disimpan dulu sebagai cadangan “Sebelum pemulihan”, jadi tidak ada yang hilang. Setelah dipulihkan, jendela Rapat ditutup; buka kembali Rapat untuk bekerja dengan isi cadangan.</source>
        <translation>The current archive is first saved as a “Before restore” backup, so nothing is lost. After restoring, the Rapat window closes; open Rapat again to work with the backup&apos;s contents.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Arsip sebelumnya disimpan di {path}.</source>
        <translation>The previous archive was saved to {path}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tutup pesan</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Sertifikat untuk menandatangani notula secara elektronik. Kata sandi ditanyakan setiap kali diperlukan dan tidak pernah disimpan.</source>
        <translation>Certificates for signing minutes electronically. The password is asked for each time it is needed and is never stored.</translation>
    </message>
    <message>
        <source>Belum ada sertifikat. Impor sertifikat .p12 pejabat, atau buat akar organisasi lalu terbitkan sertifikat pejabat.</source>
        <translation>No certificates yet. Import an officer&apos;s .p12 certificate, or create the organization root and then issue officers&apos; certificates.</translation>
    </message>
    <message>
        <source>Periksa Keaslian…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Periksa tanda tangan elektronik sebuah berkas PDF</source>
        <translation>Check the electronic signatures of a PDF file</translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah kedaluwarsa sejak {date}.</source>
        <translation>The certificate of {owner} expired on {date}.</translation>
    </message>
    <message>
        <source>Sertifikat {owner} berakhir {date}; minta atau terbitkan yang baru.</source>
        <translation>The certificate of {owner} ends on {date}; request or issue a new one.</translation>
    </message>
    <message>
        <source>Membuat kunci… (beberapa detik)</source>
        <translation>Creating the key… (a few seconds)</translation>
    </message>
    <message>
        <source>Sertifikat {owner} tersimpan.</source>
        <translation>Certificate of {owner} stored.</translation>
    </message>
</context>
<context>
    <name>CheckInBox</name>
    <message>
        <source>Ketik sebagian nama atau instansi, lalu Enter untuk mencatat hadir</source>
        <translation>Type part of a name or institution, then Enter to check in</translation>
    </message>
    <message>
        <source>Enter: catat hadir saran teratas · ↑↓: pilih saran · Ctrl+Enter: peserta tanpa undangan · Ctrl+D: diwakili · Esc: kosongkan (Ctrl+K)</source>
        <translation>Enter: check in the top suggestion · ↑↓: choose a suggestion · Ctrl+Enter: uninvited participant · Ctrl+D: represented · Esc: clear (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tanpa undangan</source>
        <translation>Uninvited</translation>
    </message>
    <message>
        <source>Catat peserta yang tidak ada di undangan (Ctrl+Enter)</source>
        <translation>Record a participant who was not invited (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Undang ▾</source>
        <translation>Invite ▾</translation>
    </message>
    <message>
        <source>Tambah undangan: instansi, orang, atau salin dari rapat lain</source>
        <translation>Add invitations: institutions, people, or copy from another meeting</translation>
    </message>
    <message>
        <source>dari direktori</source>
        <translation>from the directory</translation>
    </message>
    <message>
        <source>+ Peserta tanpa undangan: “{text}” (Ctrl+Enter)</source>
        <translation>+ Uninvited participant: “{text}” (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Pilih semua yang tampil</source>
        <translation>&amp;Select all shown</translation>
    </message>
    <message>
        <source>Centang semua baris hasil pencarian ini (Alt+P)</source>
        <translation>Tick every row of this search (Alt+S)</translation>
    </message>
    <message>
        <source>K&amp;osongkan pilihan</source>
        <translation>C&amp;lear selection</translation>
    </message>
    <message>
        <source>Hapus semua centang (Alt+O)</source>
        <translation>Untick everything (Alt+L)</translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation>Already invited</translation>
    </message>
    <message>
        <source>{chosen} dipilih · {shown} tampil</source>
        <translation>{chosen} chosen · {shown} shown</translation>
    </message>
    <message>
        <source>Undang ({n})</source>
        <translation>Invite ({n})</translation>
    </message>
</context>
<context>
    <name>ColumnFit</name>
    <message>
        <source>Seret batas judul kolom untuk mengubah lebarnya; klik dua kali batas itu untuk mengembalikannya</source>
        <translation>Drag the edge of a column heading to change its width; double-click that edge to restore it</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Teks mereka:</source>
        <translation>Their text:</translation>
    </message>
    <message>
        <source>Pakai teks saya</source>
        <translation>Use my text</translation>
    </message>
    <message>
        <source>Simpan teks Anda menggantikan teks mereka</source>
        <translation>Save your text in place of theirs</translation>
    </message>
    <message>
        <source>Pakai teks mereka</source>
        <translation>Use their text</translation>
    </message>
    <message>
        <source>Ganti teks Anda dengan teks mereka</source>
        <translation>Replace your text with theirs</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Belum tersimpan: {reason} Mencoba lagi…</source>
        <translation>Not saved yet: {reason} Retrying…</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Per instansi (hadir/diundang)</source>
        <translation>By institution (present/invited)</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Hadir {present} dari {invited}</source>
        <translation>{present} of {invited} present</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>tgl bulan tahun</source>
        <translation>day month year</translation>
    </message>
    <message>
        <source>Ketik mis. “3 Desember 2026” atau “3/12/2026”; ↑↓ satu hari; Alt+↓ membuka kalender</source>
        <translation>Type e.g. “3 Desember 2026” or “3/12/2026”; ↑↓ one day; Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <source>Kalender (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>“{text}” bukan tanggal. Ketik mis. “3 Desember 2026” atau “3/12/2026”.</source>
        <translation>“{text}” is not a date. Type e.g. “3 Desember 2026” or “3/12/2026”.</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Keputusan atau kesimpulan…</source>
        <translation>Decision or conclusion…</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Judul rapat dan tempat wajib diisi.</source>
        <translation>The meeting title and venue are required.</translation>
    </message>
    <message>
        <source>{message} Isian yang berbeda: {fields}.</source>
        <translation>{message} Fields that differ: {fields}.</translation>
    </message>
    <message>
        <source>Judul rapat</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Jam selesai</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Nomor undangan</source>
        <translation>Invitation number</translation>
    </message>
    <message>
        <source>Tanggal undangan</source>
        <translation>Invitation date</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>s.d. selesai</source>
        <translation>until finished</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Cari nama, jabatan, NIP atau instansi… (Ctrl+F)</source>
        <translation>Search name, position, NIP or institution… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tambah instansi</source>
        <translation>Add an institution</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ubah instansi terpilih (Enter)</source>
        <translation>Edit the selected institution (Enter)</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Gabungkan dua instansi yang sama (pilih keduanya dengan Ctrl)</source>
        <translation>Merge two entries of the same institution (select both with Ctrl)</translation>
    </message>
    <message>
        <source>Tambah orang</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Ubah data orang terpilih (Enter)</source>
        <translation>Edit the selected person (Enter)</translation>
    </message>
    <message>
        <source>Gabungkan dua data orang yang sama (pilih keduanya dengan Ctrl)</source>
        <translation>Merge two entries of the same person (select both with Ctrl)</translation>
    </message>
    <message>
        <source>Direktori masih kosong. Ia terisi sendiri saat rapat dicatat, atau tambahkan instansi.</source>
        <translation>The directory is empty. It fills itself as meetings are recorded, or add an institution.</translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Lihat data terpilih (Enter)</source>
        <translation>View the selected entry (Enter)</translation>
    </message>
    <message>
        <source>Pilih tepat dua baris yang sama (Ctrl+klik) untuk digabung.</source>
        <translation>Select exactly two rows of the same entry (Ctrl+click) to merge.</translation>
    </message>
    <message>
        <source>Gabungkan duplikat</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Data yang dipertahankan:</source>
        <translation>Entry to keep:</translation>
    </message>
    <message>
        <source>{a} digabung ke {b}.</source>
        <translation>{a} merged into {b}.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Buka di penampil</source>
        <translation>Open in viewer</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen dibuat, tetapi tidak semuanya dapat dicantumkan:</source>
        <translation>The document was made, but not everything could be included:</translation>
    </message>
    <message>
        <source>Simpan dokumen</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat digunakan</source>
        <translation>The printer cannot be used</translation>
    </message>
    <message>
        <source>Tidak ada penampil PDF yang dapat membuka {path}</source>
        <translation>No PDF viewer can open {path}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Finalisasi &amp; TTE</source>
        <translation>Finalize &amp; sign</translation>
    </message>
    <message>
        <source>Notula</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Simpan rapat ini sebagai buku kerja Excel (.xlsx)</source>
        <translation>Save this meeting as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Periksa Keaslian…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Periksa tanda tangan elektronik sebuah berkas PDF</source>
        <translation>Check the electronic signatures of a PDF file</translation>
    </message>
    <message>
        <source>Draf — belum difinalisasi.</source>
        <translation>Draft — not finalized yet.</translation>
    </message>
    <message>
        <source>Revisi {n}: menunggu tanda tangan {who}</source>
        <translation>Revision {n}: waiting for the signature of {who}</translation>
    </message>
    <message>
        <source>Revisi {n}: notula sudah ditandatangani lengkap.</source>
        <translation>Revision {n}: the minutes are fully signed.</translation>
    </message>
    <message>
        <source>Simpan undangan kalender</source>
        <translation>Save calendar invitation</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Undangan kalender (*.ics)</source>
        <translation>Calendar invitation (*.ics)</translation>
    </message>
    <message>
        <source>Menulis undangan kalender…</source>
        <translation>Writing the calendar invitation…</translation>
    </message>
    <message>
        <source>Daftar Hadir</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Undangan kalender…</source>
        <translation>Calendar invitation…</translation>
    </message>
    <message>
        <source>Simpan rapat ini sebagai undangan kalender (.ics) untuk Outlook, Google Calendar dan Thunderbird, dengan zona waktu rapat</source>
        <translation>Save this meeting as a calendar invitation (.ics) for Outlook, Google Calendar and Thunderbird, in the meeting&apos;s time zone</translation>
    </message>
    <message>
        <source>Surat Undangan</source>
        <translation>Invitation Letter</translation>
    </message>
    <message>
        <source>Ekspor buku kerja Excel</source>
        <translation>Export an Excel workbook</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Menulis buku kerja Excel…</source>
        <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Buat rapat baru (Ctrl+N)</source>
        <translation>Create a new meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Belum ada rapat. Buat rapat baru untuk mulai mencatat daftar hadir dan notula.</source>
        <translation>No meetings yet. Create a new meeting to start recording attendance and minutes.</translation>
    </message>
    <message>
        <source>Hari ini dan mendatang</source>
        <translation>Today and upcoming</translation>
    </message>
    <message>
        <source>Rapat terakhir</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Tindak lanjut melewati tenggat, per instansi</source>
        <translation>Overdue follow-up actions, by institution</translation>
    </message>
    <message>
        <source>Klik untuk melihat tindak lanjut instansi ini di register</source>
        <translation>Click to see this institution&apos;s follow-up actions in the register</translation>
    </message>
    <message>
        <source>Tenggat minggu ini</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Klik untuk melihat tindak lanjut bertenggat minggu ini di register</source>
        <translation>Click to see the follow-up actions due this week in the register</translation>
    </message>
    <message>
        <source>Klik atau tekan Enter untuk membuka rapat</source>
        <translation>Click or press Enter to open the meeting</translation>
    </message>
    <message>
        <source>Tidak ada rapat hari ini atau sesudahnya.</source>
        <translation>No meetings today or later.</translation>
    </message>
    <message>
        <source>Belum ada rapat yang lalu.</source>
        <translation>No past meetings yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n terlambat</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang melewati tenggat.</source>
        <translation>No follow-up action is overdue.</translation>
    </message>
    <message numerus="yes">
        <source>Semua %n tindak lanjut minggu ini</source>
        <translation>
            <numerusform>The %n follow-up action this week</numerusform>
            <numerusform>All %n follow-up actions this week</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tenggat tindak lanjut minggu ini.</source>
        <translation>No follow-up action is due this week.</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Ubah instansi</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>Instansi baru</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>Nama instansi</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Singkatan: {short}</source>
        <translation>Short name: {short}</translation>
    </message>
    <message>
        <source>Kategori: {category}</source>
        <translation>Category: {category}</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Undang instansi</source>
        <translation>Invite institutions</translation>
    </message>
    <message>
        <source>Cari nama atau singkatan instansi…</source>
        <translation>Search an institution by name or short name…</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Kategori</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Semua orang instansi yang dikenal direktori ikut diundang; instansi yang belum punya orang di direktori mendapat satu baris “Pimpinan …”.</source>
        <translation>Everyone the directory knows at an institution is invited; an institution with nobody in the directory gets one row “Pimpinan …” (its head).</translation>
    </message>
    <message>
        <source>Direktori belum berisi instansi. Instansi bertambah sendiri setiap kali peserta dicatat, atau tambahkan di halaman Direktori.</source>
        <translation>The directory has no institutions yet. They are added as participants are recorded, or add them on the Directory page.</translation>
    </message>
    <message>
        <source>Tidak ada instansi yang cocok dengan pencarian dan kategori ini.</source>
        <translation>No institution matches this search and category.</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Orang dikenal</source>
        <translation>Known people</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation>Already invited</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk ke server kantor</source>
        <translation>Log in to the office server</translation>
    </message>
    <message>
        <source>Basis data kantor {database} di {host} meminta kata sandi Anda.</source>
        <translation>The office database {database} on {host} asks for your password.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Simpan di keyring sistem operasi</source>
        <translation>Save in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <source>Kata sandi disimpan oleh sistem operasi (bukan oleh Rapat), sehingga tidak ditanyakan lagi di komputer ini.</source>
        <translation>The password is kept by the operating system (not by Rapat), so it is not asked again on this computer.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi belum diisi.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapat — notula dan daftar hadir</source>
        <translation>Rapat — minutes and attendance</translation>
    </message>
    <message>
        <source>Hanya baca: login {login} termasuk kelompok rapat_baca, sehingga server menolak setiap perubahan. Minta pengelola server bila Anda perlu mengubah data.</source>
        <translation>Read-only: login {login} belongs to the rapat_baca group, so the server refuses every change. Ask the server administrator if you need to change data.</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tindak
Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tersimpan {time}</source>
        <translation>Saved {time}</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>mis. Rapat Koordinasi Pengamanan Pilkada</source>
        <translation>e.g. Rapat Koordinasi Pengamanan Pilkada</translation>
    </message>
    <message>
        <source>s.d. selesai</source>
        <translation>until finished</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Judul rapat</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Nomor undangan</source>
        <translation>Invitation number</translation>
    </message>
    <message>
        <source>Pimpinan rapat (pilih dari direktori atau ketik)</source>
        <translation>Meeting officers (pick from the directory or type)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Acara (satu baris satu acara)</source>
        <translation>Agenda (one item per line)</translation>
    </message>
    <message>
        <source>Pembukaan
Paparan
Tanya jawab
Penutup</source>
        <translation>Pembukaan
Paparan
Tanya jawab
Penutup</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Rapat lanjutan</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <source>Buat rapat lanjutan dari rapat terpilih, dengan undangan yang sama (Ctrl+L)</source>
        <translation>Create a follow-up of the selected meeting, with the same invitations (Ctrl+L)</translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Buat rapat baru (Ctrl+N)</source>
        <translation>Create a new meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saring menurut judul, tempat, instansi atau tanggal (2024-11)…</source>
        <translation>Filter by title, venue, institution or date (2024-11)…</translation>
    </message>
    <message>
        <source>Saring daftar rapat (Ctrl+F)</source>
        <translation>Filter the meetings (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tidak ada rapat yang cocok dengan saringan.</source>
        <translation>No meeting matches the filter.</translation>
    </message>
    <message>
        <source>Belum ada rapat. Tekan Ctrl+N untuk membuat rapat baru.</source>
        <translation>No meetings yet. Press Ctrl+N to create a new meeting.</translation>
    </message>
    <message>
        <source>Pilih dulu rapat yang akan dilanjutkan.</source>
        <translation>First choose the meeting to follow up.</translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Salin undangan dari rapat lain</source>
        <translation>Copy invitations from another meeting</translation>
    </message>
    <message>
        <source>Cari judul, tempat atau tanggal rapat…</source>
        <translation>Search meeting title, venue or date…</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Belum ada rapat lain yang undangannya dapat disalin.</source>
        <translation>There is no other meeting whose invitations could be copied.</translation>
    </message>
    <message>
        <source>Tidak ada rapat yang cocok dengan pencarian ini.</source>
        <translation>No meeting matches this search.</translation>
    </message>
    <message>
        <source>Pilih rapat yang undangannya akan disalin.</source>
        <translation>Choose the meeting whose invitations to copy.</translation>
    </message>
    <message>
        <source>Salin ({n})</source>
        <translation>Copy ({n})</translation>
    </message>
    <message>
        <source>Rapat ini belum punya peserta untuk disalin.</source>
        <translation>This meeting has no participants to copy.</translation>
    </message>
    <message>
        <source>Semua {total} peserta rapat ini sudah ada di daftar.</source>
        <translation>All {total} participants of this meeting are already on the list.</translation>
    </message>
    <message>
        <source>{n} dari {total} peserta akan diundang; yang sudah ada dilewati.</source>
        <translation>{n} of {total} participants will be invited; those already listed are skipped.</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Daftar Hadir</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Notula</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Rapat ini tidak dapat dibuka</source>
        <translation>This meeting cannot be opened</translation>
    </message>
    <message>
        <source>Kembali ke daftar rapat (Alt+Kiri)</source>
        <translation>Back to the meetings (Alt+Left)</translation>
    </message>
    <message>
        <source>Membuka rapat…</source>
        <translation>Opening the meeting…</translation>
    </message>
    <message>
        <source>{status} · revisi {n}</source>
        <translation>{status} · revision {n}</translation>
    </message>
    <message>
        <source>Rapat ini sudah final (revisi {n}) dan hanya dapat dibaca. Perbaikan dibuat sebagai revisi baru yang ditandatangani lagi.</source>
        <translation>This meeting is final (revision {n}) and read-only. Corrections are made as a new revision, signed again.</translation>
    </message>
    <message>
        <source>Dijadikan tindak lanjut ({tab}, Alt+{n}).</source>
        <translation>Made a follow-up action ({tab}, Alt+{n}).</translation>
    </message>
    <message>
        <source> · tenggat {date}</source>
        <translation> · due {date}</translation>
    </message>
    <message>
        <source>Buat revisi…</source>
        <translation>Make a revision…</translation>
    </message>
    <message>
        <source>Buka revisi baru dengan alasan (Ctrl+Shift+R)</source>
        <translation>Open a new revision with a reason (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>NaskahSettingsBox</name>
    <message>
        <source>Naskah dinas</source>
        <translation>Official documents</translation>
    </message>
    <message>
        <source>{n} nomor urut, {bulan} bulan dalam angka Romawi, {tahun} tahun</source>
        <translation>{n} sequence number, {bulan} month in Roman numerals, {tahun} year</translation>
    </message>
    <message>
        <source>Pola nomor surat undangan</source>
        <translation>Invitation number pattern</translation>
    </message>
    <message>
        <source>Margin {side}</source>
        <translation>{side} margin</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Liberation Sans (setara Arial)</source>
        <translation>Liberation Sans (Arial metrics)</translation>
    </message>
    <message>
        <source>Ukuran huruf</source>
        <translation>Type size</translation>
    </message>
    <message>
        <source>Huruf</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kembalikan bawaan</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Margin {margins}; {face} {size} pt; pola nomor {pattern}</source>
        <translation>Margins {margins}; {face} {size} pt; number pattern {pattern}</translation>
    </message>
    <message>
        <source>Nomor pertama tahun ini: {number}</source>
        <translation>First number this year: {number}</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Buat rapat</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Judul rapat dan tempat wajib diisi.</source>
        <translation>The meeting title and venue are required.</translation>
    </message>
</context>
<context>
    <name>NotulaOutline</name>
    <message>
        <source>Daftar isi notula: klik atau Enter untuk melompat (Ctrl+J)</source>
        <translation>Outline of the minutes: click or press Enter to jump (Ctrl+J)</translation>
    </message>
    <message>
        <source>Daftar isi notula</source>
        <translation>Outline of the minutes</translation>
    </message>
    <message>
        <source>1. Kata Pembukaan</source>
        <translation>1. Opening remarks</translation>
    </message>
    <message>
        <source>2. Pembahasan</source>
        <translation>2. Discussion</translation>
    </message>
    <message>
        <source>3. Keputusan / Kesimpulan</source>
        <translation>3. Decisions / Conclusions</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>(pokok kosong)</source>
        <translation>(empty point)</translation>
    </message>
</context>
<context>
    <name>NotulaView</name>
    <message>
        <source>+ Butir agenda</source>
        <translation>+ Agenda item</translation>
    </message>
    <message>
        <source>+ Pokok pembahasan</source>
        <translation>+ Discussion point</translation>
    </message>
    <message>
        <source>+ Keputusan</source>
        <translation>+ Decision</translation>
    </message>
    <message>
        <source>Jadikan tindak lanjut</source>
        <translation>Make a follow-up action</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tampilkan di layar</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <source>Tampilkan di layar (F5); Ctrl+B membekukan tampilan</source>
        <translation>Show on screen (F5); Ctrl+B freezes the display</translation>
    </message>
    <message>
        <source>1. Kata Pembukaan</source>
        <translation>1. Opening remarks</translation>
    </message>
    <message>
        <source>2. Pembahasan</source>
        <translation>2. Discussion</translation>
    </message>
    <message>
        <source>Tanpa butir agenda</source>
        <translation>No agenda item</translation>
    </message>
    <message>
        <source>3. Keputusan / Kesimpulan</source>
        <translation>3. Decisions / Conclusions</translation>
    </message>
    <message>
        <source>Belum ada keputusan. Ctrl+Shift+Enter menambah keputusan.</source>
        <translation>No decisions yet. Ctrl+Shift+Enter adds a decision.</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Kata pembukaan pimpinan rapat…</source>
        <translation>The chair&apos;s opening remarks…</translation>
    </message>
    <message>
        <source>Penutupan rapat…</source>
        <translation>Closing of the meeting…</translation>
    </message>
    <message>
        <source>Hapus pokok pembahasan</source>
        <translation>Delete discussion point</translation>
    </message>
    <message>
        <source>Hapus keputusan</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Pindahkan pokok pembahasan</source>
        <translation>Move discussion point</translation>
    </message>
    <message>
        <source>Pindahkan keputusan</source>
        <translation>Move decision</translation>
    </message>
    <message>
        <source>Tulis dulu pokok pembahasan atau keputusan yang akan ditindaklanjuti.</source>
        <translation>First write the discussion point or decision to follow up.</translation>
    </message>
</context>
<context>
    <name>OfficerCertificatesPanel</name>
    <message>
        <source>Terbitkan sertifikat pejabat</source>
        <translation>Issue an officer&apos;s certificate</translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <source>mis. Sekretaris Daerah</source>
        <translation>e.g. Sekretaris Daerah</translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Terbitkan sertifikat penanda tangan dari akar organisasi</source>
        <translation>Issue a signing certificate from the organization root</translation>
    </message>
    <message>
        <source>Impor .p12/.pfx…</source>
        <translation>Import .p12/.pfx…</translation>
    </message>
    <message>
        <source>Simpan sertifikat pejabat dari berkas PKCS#12 (kuncinya tetap terenkripsi)</source>
        <translation>Store an officer&apos;s certificate from a PKCS#12 file (its key stays encrypted)</translation>
    </message>
    <message>
        <source>Simpan .p12…</source>
        <translation>Save .p12…</translation>
    </message>
    <message>
        <source>Simpan berkas .p12 pejabat terpilih untuk diserahkan atau dicadangkan</source>
        <translation>Save the selected officer&apos;s .p12 file, to hand over or back up</translation>
    </message>
    <message>
        <source>Cabut…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Cabut sertifikat pejabat terpilih (mis. kunci hilang, pindah tugas): tanda tangan yang dibuat sebelumnya tetap sah, sesudahnya tidak</source>
        <translation>Revoke the selected officer&apos;s certificate (e.g. a lost key, a transfer): signatures made before stay valid, those made after do not</translation>
    </message>
    <message>
        <source>Isi nama pejabat lebih dulu.</source>
        <translation>Fill in the officer&apos;s name first.</translation>
    </message>
    <message>
        <source>Kata sandi akar organisasi:</source>
        <translation>Organization root password:</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk sertifikat {name} (minimal 8 karakter):</source>
        <translation>New password for the certificate of {name} (at least 8 characters):</translation>
    </message>
    <message>
        <source>Sertifikat pejabat diterbitkan.</source>
        <translation>Officer&apos;s certificate issued.</translation>
    </message>
    <message>
        <source>Simpan sertifikat untuk {owner}</source>
        <translation>Save the certificate of {owner}</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Impor sertifikat pejabat</source>
        <translation>Import an officer&apos;s certificate</translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka {file}. Kata sandi hanya dipakai untuk membaca pemiliknya dan tidak disimpan.</source>
        <translation>Password to open {file}. It is only used to read the owner and is not stored.</translation>
    </message>
    <message>
        <source>Cabut sertifikat</source>
        <translation>Revoke the certificate</translation>
    </message>
    <message>
        <source>Alasan mencabut sertifikat {owner}:</source>
        <translation>Reason for revoking the certificate of {owner}:</translation>
    </message>
    <message>
        <source>Sertifikat {owner} dicabut; daftar pencabutan diperbarui.</source>
        <translation>The certificate of {owner} is revoked; the revocation list is updated.</translation>
    </message>
</context>
<context>
    <name>PackageButton</name>
    <message>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Bawa rapat ke laptop dan kembali sebagai paket .rapat</source>
        <translation>Take a meeting to a laptop and back as a .rapat package</translation>
    </message>
    <message>
        <source>Ekspor paket rapat terpilih…</source>
        <translation>Export the selected meeting package…</translation>
    </message>
    <message>
        <source>Bawa ke laptop (ekspor dan tandai)…</source>
        <translation>Take to a laptop (export and mark)…</translation>
    </message>
    <message>
        <source>Impor paket .rapat…</source>
        <translation>Import .rapat package…</translation>
    </message>
    <message>
        <source>Pilih dulu rapat yang akan diekspor.</source>
        <translation>Select the meeting to export first.</translation>
    </message>
    <message>
        <source>Bawa ke laptop</source>
        <translation>Take to a laptop</translation>
    </message>
    <message>
        <source>Dibawa ke (nama laptop atau tempat):</source>
        <translation>Taken to (laptop name or place):</translation>
    </message>
    <message>
        <source>Ekspor paket rapat</source>
        <translation>Export meeting package</translation>
    </message>
    <message>
        <source>Paket rapat (*.rapat)</source>
        <translation>Meeting packages (*.rapat)</translation>
    </message>
    <message>
        <source>Paket tersimpan: {file}.</source>
        <translation>Package saved: {file}.</translation>
    </message>
    <message>
        <source>Rapat ditandai dibawa ke {place}.</source>
        <translation>Meeting marked as taken to {place}.</translation>
    </message>
    <message>
        <source>Impor paket rapat</source>
        <translation>Import meeting package</translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; tersimpan dari paket.</source>
        <translation>Meeting &apos;{title}&apos; saved from the package.</translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; diperbarui dari paket.</source>
        <translation>Meeting &apos;{title}&apos; updated from the package.</translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; sudah sama dengan paket; tidak ada yang berubah.</source>
        <translation>Meeting &apos;{title}&apos; already matches the package; nothing changed.</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Impor daftar undangan</source>
        <translation>Import an invitation list</translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV berisi daftar undangan.</source>
        <translation>Choose an Excel (.xlsx) or CSV file with the invitation list.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pilih berkas daftar undangan (Ctrl+O)</source>
        <translation>Choose the invitation list file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Hanya tampilkan baris bermasalah</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Simpan semua baris ke daftar hadir (aktif bila tidak ada masalah)</source>
        <translation>Store every row in the attendance list (enabled when there are no problems)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>Representing</translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <source>Pilih daftar undangan</source>
        <translation>Choose an invitation list</translation>
    </message>
    <message>
        <source>Daftar undangan (*.xlsx *.csv *.txt);;Semua berkas (*)</source>
        <translation>Invitation lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Memeriksa ulang baris…</source>
        <translation>Checking the rows again…</translation>
    </message>
    <message>
        <source>{ready} baris siap, {bad} baris bermasalah</source>
        <translation>{ready} rows ready, {bad} rows with problems</translation>
    </message>
    <message>
        <source>Perbaiki baris yang ditandai di berkasnya lalu pilih lagi, atau ubah pilihan kolom. Tidak ada yang disimpan sampai semua baris siap.</source>
        <translation>Fix the marked rows in the file and choose it again, or change the column choices. Nothing is stored until every row is ready.</translation>
    </message>
    <message>
        <source>Semua baris siap. Tekan Impor untuk menyimpan ke daftar hadir.</source>
        <translation>Every row is ready. Press Import to store them in the attendance list.</translation>
    </message>
    <message>
        <source>Menyimpan peserta…</source>
        <translation>Storing the participants…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Kata sandi sertifikat</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi belum diisi.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <source>(tanpa instansi)</source>
        <translation>(no institution)</translation>
    </message>
    <message>
        <source>18 digit, bila ASN</source>
        <translation>18 digits, for civil servants</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>Telepon {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Undang orang dari direktori</source>
        <translation>Invite people from the directory</translation>
    </message>
    <message>
        <source>Cari nama, jabatan, instansi atau NIP…</source>
        <translation>Search name, position, institution or NIP…</translation>
    </message>
    <message>
        <source>Direktori belum berisi orang. Orang bertambah sendiri setiap kali peserta dicatat, atau tambahkan di halaman Direktori.</source>
        <translation>The directory has no people yet. They are added as participants are recorded, or add them on the Directory page.</translation>
    </message>
    <message>
        <source>Tidak ada orang yang cocok dengan pencarian ini.</source>
        <translation>Nobody matches this search.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation>Already invited</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Keterangan foto, mis. Suasana rapat di Aula</source>
        <translation>Photo caption, e.g. The meeting in the hall</translation>
    </message>
    <message>
        <source>Tambah foto…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Tambah foto JPEG atau PNG dengan keterangan di kiri</source>
        <translation>Add a JPEG or PNG photo with the caption on the left</translation>
    </message>
    <message>
        <source>Hapus foto</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>Hapus foto terpilih (Delete)</source>
        <translation>Delete the selected photo (Delete)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Rapat sudah final: foto dokumentasi tidak dapat diubah lagi.</source>
        <translation>The meeting is final: its photos cannot be changed.</translation>
    </message>
    <message>
        <source>Foto tampil di halaman Dokumentasi notula, urut seperti ini.</source>
        <translation>The photos appear on the minutes&apos; Dokumentasi page, in this order.</translation>
    </message>
    <message>
        <source>Belum ada foto. Tulis keterangan lalu tambah foto rapat (JPEG atau PNG).</source>
        <translation>No photos yet. Write a caption, then add a photo of the meeting (JPEG or PNG).</translation>
    </message>
    <message>
        <source>Tambah foto rapat</source>
        <translation>Add a meeting photo</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation>{file} cannot be read ({reason})</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Simpan pilihan ke daftar hadir (Enter)</source>
        <translation>Store the choice in the attendance list (Enter)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan (Esc)</source>
        <translation>Close without storing (Esc)</translation>
    </message>
    <message>
        <source>Membaca…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <source>Isi pembicaraan…</source>
        <translation>What was said…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>Representing</translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation>Arrival</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Rapat — tampilan layar</source>
        <translation>Rapat — screen display</translation>
    </message>
    <message>
        <source>Bekukan</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Bekukan tampilan selagi notula diperbaiki (Ctrl+B)</source>
        <translation>Freeze the display while the minutes are corrected (Ctrl+B)</translation>
    </message>
    <message>
        <source>Layar</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Pilih layar untuk tampilan ini</source>
        <translation>Choose the screen for this display</translation>
    </message>
    <message>
        <source>Kembali (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Tutup tampilan layar dan kembali ke notula</source>
        <translation>Close the screen display and return to the minutes</translation>
    </message>
    <message>
        <source>Isi daftar hadir dari ponsel: pindai kode ini</source>
        <translation>Check in from your phone: scan this code</translation>
    </message>
    <message>
        <source>Dibekukan</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Layar {n}: {name} ({w}×{h})</source>
        <translation>Screen {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up actions</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Buat revisi</source>
        <translation>Make a revision</translation>
    </message>
    <message>
        <source>Notula yang sudah final tidak diubah. Revisi baru dibuka sebagai draf dan harus ditandatangani lagi; dokumen yang sudah ditandatangani tetap di arsip.

Alasan revisi:</source>
        <translation>Final minutes are never changed. A new revision opens as a draft and must be signed again; the signed documents stay in the archive.

Reason for the revision:</translation>
    </message>
    <message>
        <source>Misalnya: salah tulis nama instansi pada butir 2</source>
        <translation>For example: institution name misspelt in item 2</translation>
    </message>
    <message>
        <source>Buat revisi (Ctrl+Enter)</source>
        <translation>Make the revision (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Simpan daftar tersaring sebagai Excel (Ctrl+E)</source>
        <translation>Save the filtered list as Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cetak daftar…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Matriks tindak lanjut tersaring sebagai PDF (Ctrl+P)</source>
        <translation>The filtered follow-up matrix as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Buka rapat</source>
        <translation>Open meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut</source>
        <translation>
            <numerusform>%n follow-up action</numerusform>
            <numerusform>%n follow-up actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang cocok dengan saringan. Tekan Hapus saringan.</source>
        <translation>No follow-up action matches the filters. Press Clear filters.</translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut. Tindak lanjut dicatat di tab Tindak Lanjut rapat.</source>
        <translation>No follow-up actions yet. They are recorded on a meeting&apos;s Follow-ups tab.</translation>
    </message>
    <message>
        <source>Cetak daftar {institution}…</source>
        <translation>Print the list of {institution}…</translation>
    </message>
    <message>
        <source>Ekspor tindak lanjut</source>
        <translation>Export follow-up actions</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RootCertificatePanel</name>
    <message>
        <source>Akar sertifikat organisasi</source>
        <translation>Organization root certificate</translation>
    </message>
    <message>
        <source>mis. Pemerintah Kabupaten Lembah Hijau</source>
        <translation>e.g. Pemerintah Kabupaten Lembah Hijau</translation>
    </message>
    <message>
        <source>Nama organisasi</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>Buat akar…</source>
        <translation>Create root…</translation>
    </message>
    <message>
        <source>Buat otoritas sertifikat kantor sendiri (kata sandi ditanyakan dua kali)</source>
        <translation>Create the office&apos;s own certificate authority (the password is asked twice)</translation>
    </message>
    <message>
        <source>Ekspor sertifikat akar…</source>
        <translation>Export root certificate…</translation>
    </message>
    <message>
        <source>Simpan sertifikat akar organisasi (sertifikat induk yang menerbitkan sertifikat pejabat) agar pihak lain dapat memeriksa tanda tangan</source>
        <translation>Save the organization&apos;s root certificate (the parent certificate that issues the officers&apos; certificates) so that others can check the signatures</translation>
    </message>
    <message>
        <source>Belum ada. Kantor tanpa otoritas sertifikat dapat membuatnya di sini.</source>
        <translation>None yet. An office without a certificate authority can create one here.</translation>
    </message>
    <message>
        <source>{owner}, berlaku sampai {date}.</source>
        <translation>{owner}, valid until {date}.</translation>
    </message>
    <message>
        <source>Isi nama organisasi lebih dulu.</source>
        <translation>Fill in the organization name first.</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk akar organisasi (minimal 8 karakter). Simpan baik-baik: tanpa kata sandi ini tidak dapat menerbitkan sertifikat pejabat.</source>
        <translation>New password for the organization root (at least 8 characters). Keep it safe: without it no officer&apos;s certificate can be issued.</translation>
    </message>
    <message>
        <source>Akar organisasi dibuat. Ekspor sertifikat akar untuk pihak yang memeriksa.</source>
        <translation>Organization root created. Export the root certificate for those who check the signatures.</translation>
    </message>
    <message>
        <source>Ekspor akar organisasi</source>
        <translation>Export the organization root</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tandai hadir sekarang</source>
        <translation>Mark present now</translation>
    </message>
    <message>
        <source>Diwakili…</source>
        <translation>Represented…</translation>
    </message>
    <message>
        <source>Catat siapa yang mewakili</source>
        <translation>Record who attends in their place</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Tandai izin</source>
        <translation>Mark excused</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Tandai tidak hadir</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <source>Tanda tangan…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Tanda tangan peserta terpilih</source>
        <translation>Signature of the selected participant</translation>
    </message>
    <message>
        <source>Kehadiran {name} sudah diubah oleh {who} pukul {time}; perubahan Anda tidak disimpan. Yang tersimpan kini ditampilkan.</source>
        <translation>The attendance of {name} was changed by {who} at {time}; your change was not saved. What is stored is shown now.</translation>
    </message>
    <message>
        <source>Pilih dulu peserta yang akan bertanda tangan.</source>
        <translation>First choose the participant who will sign.</translation>
    </message>
    <message>
        <source>Pindah ke atas</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Pindah ke bawah</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Hapus dari daftar…</source>
        <translation>Remove from the list…</translation>
    </message>
    <message>
        <source>Rapat ini sudah final: urutan daftar hadir tidak dapat diubah.</source>
        <translation>This meeting is final: the order of the attendance list cannot be changed.</translation>
    </message>
    <message>
        <source>Saat dikelompokkan per instansi, urutan yang tampil bukan urutan daftar hadir. Matikan Kelompokkan per instansi (Ctrl+G) untuk mengubah urutan.</source>
        <translation>While grouped by institution, the order shown is not the order of the list. Turn off Group by institution (Ctrl+G) to change the order.</translation>
    </message>
    <message>
        <source>Naikkan peserta terpilih satu baris</source>
        <translation>Move the selected participant up one row</translation>
    </message>
    <message>
        <source>Turunkan peserta terpilih satu baris</source>
        <translation>Move the selected participant down one row</translation>
    </message>
    <message>
        <source>Hapus dari daftar hadir</source>
        <translation>Remove from the attendance list</translation>
    </message>
    <message>
        <source>Hapus {name} ({institution}) dari daftar hadir?</source>
        <translation>Remove {name} ({institution}) from the attendance list?</translation>
    </message>
    <message>
        <source>Catatan kehadiran dan tanda tangannya ikut terhapus.</source>
        <translation>Their attendance record and signature are removed too.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Cari di arsip</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <source>Ketik kata: judul, peserta, pembahasan, keputusan atau tindak lanjut…</source>
        <translation>Type words: title, participant, discussion, decision or follow-up…</translation>
    </message>
    <message>
        <source>Cari di semua rapat (Ctrl+K, Ctrl+F); Enter membuka rapat</source>
        <translation>Search every meeting (Ctrl+K, Ctrl+F); Enter opens the meeting</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Ketik kata untuk mencari di semua rapat, mis. “netralitas ASN” atau nama peserta.</source>
        <translation>Type words to search every meeting, e.g. “netralitas ASN” or a participant’s name.</translation>
    </message>
    <message>
        <source>Tidak ada rapat yang memuat “{query}”. Coba kata lain.</source>
        <translation>No meeting contains “{query}”. Try other words.</translation>
    </message>
    <message numerus="yes">
        <source>%n rapat, paling cocok lebih dulu. Enter membuka rapat terpilih.</source>
        <translation>
            <numerusform>%n meeting, best match first. Enter opens the selected meeting.</numerusform>
            <numerusform>%n meetings, best match first. Enter opens the selected meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Judul butir agenda · Alt+↑/↓: pindahkan butir · Ctrl+Shift+Del: hapus butir · Ctrl+Enter: pokok pembahasan pertama</source>
        <translation>Agenda item title · Alt+↑/↓: move the item · Ctrl+Shift+Del: delete the item · Ctrl+Enter: first discussion point</translation>
    </message>
    <message>
        <source>Belum ada pembahasan. Ctrl+Enter menambah pokok pembahasan.</source>
        <translation>No discussion yet. Ctrl+Enter adds a discussion point.</translation>
    </message>
</context>
<context>
    <name>SelfCheckInPanel</name>
    <message>
        <source>Buka pendaftaran mandiri</source>
        <translation>Open self check-in</translation>
    </message>
    <message>
        <source>Peserta mengisi daftar hadir dan tanda tangan dari ponselnya, lewat Wi-Fi tempat rapat atau hotspot laptop ini.</source>
        <translation>Attendees check in and sign on their own phones, over the venue&apos;s Wi-Fi or this laptop&apos;s hotspot.</translation>
    </message>
    <message>
        <source>Pendaftaran mandiri dibuka</source>
        <translation>Self check-in is open</translation>
    </message>
    <message>
        <source>Peserta memindai kode ini dengan kamera ponsel, lalu mencari namanya dan bertanda tangan. Ponsel harus tersambung ke jaringan yang sama dengan laptop ini.</source>
        <translation>Attendees scan this code with their phone&apos;s camera, find their name and sign. Phones must be on the same network as this laptop.</translation>
    </message>
    <message>
        <source>Tampilkan di layar</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <source>Tutup pendaftaran</source>
        <translation>Close check-in</translation>
    </message>
    <message>
        <source>{name} mengisi daftar hadir dari ponsel.</source>
        <translation>{name} checked in from a phone.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Profil Kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation>Electronic signatures</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Profil kantor untuk kop surat dan tanda tangan notula. Perubahan tersimpan otomatis.</source>
        <translation>The office profile for the letterhead and the minutes&apos; signatures. Changes are saved automatically.</translation>
    </message>
    <message>
        <source>PEMERINTAH KABUPATEN …
BADAN KESATUAN BANGSA DAN POLITIK</source>
        <translation>PEMERINTAH KABUPATEN …
BADAN KESATUAN BANGSA DAN POLITIK</translation>
    </message>
    <message>
        <source>mis. Lembah Hijau</source>
        <translation>e.g. Lembah Hijau</translation>
    </message>
    <message>
        <source>Kop surat (satu baris per baris)</source>
        <translation>Letterhead (line by line)</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kota penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <source>Zona waktu rapat baru dan jam pada layar</source>
        <translation>Time zone of new meetings and of the clock on screen</translation>
    </message>
    <message>
        <source>Zona waktu kantor</source>
        <translation>Office time zone</translation>
    </message>
    <message>
        <source>Pimpinan rapat saja</source>
        <translation>The chair only</translation>
    </message>
    <message>
        <source>Pimpinan rapat dan notulis</source>
        <translation>The chair and the note-taker</translation>
    </message>
    <message>
        <source>Blok tanda tangan notula</source>
        <translation>Signature blocks of the minutes</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Pilih berkas gambar PNG atau JPG untuk kop surat</source>
        <translation>Choose a PNG or JPG image for the letterhead</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Berlaku saat Rapat dibuka lagi. Dokumen resmi (notula, daftar hadir, undangan, daftar tindak lanjut) tetap berbahasa Indonesia.</source>
        <translation>Applies when Rapat is opened again. Official documents (minutes, attendance lists, invitations, follow-up lists) stay in Indonesian.</translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation>No logo yet</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas {name} bukan gambar yang dapat dibaca.</source>
        <translation>File {name} is not a readable image.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Tanda tangan {name} di kotak berikut.</source>
        <translation>{name}, sign in the box below.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan tanda tangan (Ctrl+Enter)</source>
        <translation>Save the signature (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Hapus coretan dan mulai lagi</source>
        <translation>Wipe the strokes and start again</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan (Esc)</source>
        <translation>Close without storing (Esc)</translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Ketik awal nama atau instansi peserta, Enter memilih saran teratas; Esc: teks bebas</source>
        <translation>Type the start of a participant&apos;s name or institution; Enter picks the top suggestion; Esc: free text</translation>
    </message>
</context>
<context>
    <name>TimestampSetting</name>
    <message>
        <source>Layanan cap waktu (RFC 3161)</source>
        <translation>Timestamp service (RFC 3161)</translation>
    </message>
    <message>
        <source>Cap waktu dari layanan tepercaya membuktikan kapan notula ditandatangani, sehingga tanda tangan tetap sah setelah sertifikat pejabat berakhir. Bila layanan tidak dapat dihubungi (paling lama 10 detik), notula tetap ditandatangani tanpa cap waktu dan Rapat memberi tahu.</source>
        <translation>A timestamp from a trusted service proves when the minutes were signed, so the signatures stay valid after the officers&apos; certificates end. If the service cannot be reached (10 seconds at most), the minutes are still signed without a timestamp and Rapat says so.</translation>
    </message>
    <message>
        <source>Alamat layanan</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>mis. http://tsa.kantor.go.id/tsr (kosong: tanpa cap waktu)</source>
        <translation>e.g. http://tsa.kantor.go.id/tsr (empty: no timestamp)</translation>
    </message>
</context>
<context>
    <name>TrustedCertificateImport</name>
    <message>
        <source>Impor sertifikat tepercaya…</source>
        <translation>Import trusted certificate…</translation>
    </message>
    <message>
        <source>Percayai sertifikat otoritas lain (berkas .pem, .crt atau .cer) saat memeriksa keaslian</source>
        <translation>Trust another authority&apos;s certificate (a .pem, .crt or .cer file) when checking authenticity</translation>
    </message>
    <message>
        <source>Impor sertifikat tepercaya</source>
        <translation>Import a trusted certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa Keaslian Dokumen</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <source>Pilih berkas PDF, atau seret berkas ke jendela ini.</source>
        <translation>Choose a PDF file, or drag the file onto this window.</translation>
    </message>
    <message>
        <source>Pilih PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>Pilih berkas PDF yang akan diperiksa (Ctrl+O)</source>
        <translation>Choose the PDF file to verify (Ctrl+O)</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Hanya akar organisasi dan sertifikat tepercaya.</source>
        <translation>Only the organization root and the trusted certificates.</translation>
    </message>
    <message>
        <source>Tambah sertifikat…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <source>Percayai satu sertifikat otoritas lain (berkas .pem, .crt atau .cer) untuk pemeriksaan ini saja</source>
        <translation>Trust one other authority&apos;s certificate (a .pem, .crt or .cer file) for this check only</translation>
    </message>
    <message>
        <source>Tepercaya:</source>
        <translation>Trusted:</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Pilih dokumen PDF</source>
        <translation>Choose a PDF document</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf);;Semua berkas (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih sertifikat tepercaya</source>
        <translation>Choose a trusted certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Akar organisasi, sertifikat tepercaya, dan {file}</source>
        <translation>The organization root, the trusted certificates, and {file}</translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation>{file} cannot be read ({reason})</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>Semua tanda tangan utuh, berasal dari sertifikat tepercaya, dan dibuat oleh pejabat pemilik bloknya.</source>
        <translation>Every signature is intact, comes from a trusted certificate, and was made by the officer who owns its block.</translation>
    </message>
    <message>
        <source>Blok ini tidak menyebut pejabatnya</source>
        <translation>This block does not name its officer</translation>
    </message>
    <message>
        <source>Blok milik {officer}, sesuai penanda tangan</source>
        <translation>Block of {officer}, matching the signer</translation>
    </message>
    <message>
        <source>Blok milik {officer}, BUKAN penanda tangan ini</source>
        <translation>Block of {officer}, NOT this signer</translation>
    </message>
    <message>
        <source>Tepercaya</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Tidak dikenal</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Tidak dapat dipastikan</source>
        <translation>Cannot be confirmed</translation>
    </message>
    <message>
        <source>Utuh</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Diubah setelah ditandatangani</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Rusak atau diubah</source>
        <translation>Damaged or changed</translation>
    </message>
    <message>
        <source>Arsip: berkas ini tidak tercatat di arsip Rapat pada komputer ini.</source>
        <translation>Archive: this file is not in Rapat&apos;s archive on this computer.</translation>
    </message>
    <message>
        <source>Arsip: sama persis dengan arsip “{title}”, revisi {n}.</source>
        <translation>Archive: identical to the archived “{title}”, revision {n}.</translation>
    </message>
    <message>
        <source>Arsip: salinan tahap sebelumnya dari “{title}”, revisi {n}; arsip kini memuat tanda tangan yang lebih lengkap.</source>
        <translation>Archive: an earlier stage of “{title}”, revision {n}; the archive now holds more signatures.</translation>
    </message>
    <message>
        <source>Arsip: salinan arsip “{title}”, revisi {n}, dengan tambahan yang belum tersimpan di arsip.</source>
        <translation>Archive: a copy of the archived “{title}”, revision {n}, with additions not yet stored in the archive.</translation>
    </message>
    <message>
        <source>Arsip: BERBEDA dari arsip “{title}”, revisi {n}.</source>
        <translation>Archive: DIFFERENT from the archived “{title}”, revision {n}.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Mewakili (kosongkan bila hadir sendiri)</source>
        <translation>Representing (empty when attending in person)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>Representing</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Hadir</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Diwakili</source>
        <translation>&amp;Represented</translation>
    </message>
    <message>
        <source>&amp;Izin</source>
        <translation>&amp;Excused</translation>
    </message>
    <message>
        <source>Catat hadir</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Catat (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <source>Isi siapa yang diwakili.</source>
        <translation>Enter who is represented.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Catat izin</source>
        <translation>Record as excused</translation>
    </message>
    <message>
        <source>Peserta tanpa undangan</source>
        <translation>Uninvited participant</translation>
    </message>
    <message>
        <source>Diwakili: siapa yang hadir untuk {who}?</source>
        <translation>Represented: who attends for {who}?</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Instansi wajib diisi.</source>
        <translation>The institution is required.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
</TS>
