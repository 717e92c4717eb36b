<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>Alamat basis data tidak dikenali: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {where} dibuat oleh Rapat versi yang lebih baru (skema {rev}); perbarui Rapat untuk membukanya. Basis data tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat membuat folder basis data {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {url} tidak dapat dibuka: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat: berisi tabel lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {where} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {where} tidak dapat ditulis: periksa izin folder dan ruang disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} bukan basis data Rapat (bukan berkas SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {where} bermasalah: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan {name} tidak dapat dibaca dan tidak dicantumkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huruf berikut tidak tersedia di fon dokumen dan tampil sebagai kotak: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kop surat tidak dapat dibaca; dokumen dibuat tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto {file} tidak dapat dibaca dan tidak dicantumkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi sertifikat salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas sertifikat rusak atau bukan PKCS#12 (.p12/.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas sertifikat tidak berisi kunci penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} belum berlaku sampai {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah kedaluwarsa sejak {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} tidak boleh dipakai untuk tanda tangan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF ini tidak punya kolom tanda tangan yang masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom tanda tangan &apos;{field}&apos; tidak ada atau sudah ditandatangani; yang kosong: {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas bukan PDF yang utuh (rusak atau terpotong): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas bukan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: tidak dapat ditulis ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: nilai &apos;{value}&apos; tidak dikenal; pilih salah satu dari {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: NIP harus 18 digit angka, bukan &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam selesai harus sesudah jam mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkopimda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan/Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelenggara Pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokoh/Ormas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibawa dari rapat {title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibawa ke rapat lanjutan {title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: bukan foto JPEG atau PNG yang dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang ini tidak ada di direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sudah ada di daftar undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi ini tidak ada di direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama yang mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta ini sudah tidak ada di daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sudah tercatat hadir pukul {when}; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat akar sertifikat organisasi lebih dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas bukan sertifikat X.509 (PEM atau DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada akar sertifikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat ini tidak menyimpan kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat ini tidak dapat dipakai untuk menandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi akar sertifikat salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi sudah kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi &apos;{name}&apos; sudah ada di direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip} sudah dipakai orang lain di direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dua instansi yang berbeda untuk digabung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dua orang yang berbeda untuk digabung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data direktori ini sudah tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan rapat (ketua) belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulis belum diisi, padahal notulis ikut menandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada peserta yang tercatat hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula belum berisi pembahasan atau keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat belum lengkap: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisi {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} sebagai {role}, revisi {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ini belum final; ubah saja langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisi {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen arsip nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harus berupa objek JSON {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kunci tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nilai &apos;{value}&apos; tidak dikenal; pilih salah satu dari {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan tanggal yang sah (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan jam yang sah (HH:MM, 24 jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka, bukan &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harus berupa larik [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harus berupa teks yang tidak kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bukan teks UTF-8 (bita tak sah pada posisi {pos}); bukan berkas rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baris {line}, kolom {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON terpotong: berkas berakhir sebelum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bukan JSON yang sah ({where}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kunci &apos;{key}&apos; muncul dua kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wajib diisi: &apos;{format}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versi format &apos;{found}&apos; tidak didukung; yang didukung &apos;{format}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jam selesai harus sesudah jam mulai ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harus berupa bilangan bulat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{index} di luar jangkauan; agenda berisi {count} butir (mulai dari 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat &apos;{title}&apos; sudah final; buat revisi untuk mengubahnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dan jam mulai rapat wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokok pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} nomor {id} tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir agenda itu bukan bagian dari rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: berkas kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} bukan buku kerja Excel (.xlsx) atau berkas CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Berkas › Info › Lindungi Buku Kerja), simpan, lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} adalah berkas Excel lama (.xls). Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} rusak atau tidak lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: CSV tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: baris judul kolom tidak ditemukan. Pastikan ada judul kolom seperti Nama, Jabatan, Instansi, NIP (atau Name, Position, Institution) di atas daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sama dengan baris {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudah ada di daftar hadir rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada baris peserta di bawah judul kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kolom untuk {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom &apos;{column}&apos; dipilih untuk {a} dan {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} berisi tanggal/jam ({value}), bukan teks; ketik ulang sebagai teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai teks lalu ketik ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan &apos;{value}&apos; tidak dikenal; isi Hadir, Diwakili, Izin, Tidak hadir atau kosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam hadir &apos;{value}&apos; tidak dikenali; tulis seperti 08.30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau masih bermasalah; perbaiki dulu. Tidak ada peserta yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris {line}: {name} sudah ada di daftar hadir; muat ulang pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: bukan sertifikat X.509 (PEM atau DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tepercaya (pihak lain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir dalam {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat {start} s.d. {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul dan rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n bagian cocok</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mewakili {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>+ Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut. Ctrl+T pada pokok pembahasan atau keputusan di Notula menjadikannya tindak lanjut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang harus dikerjakan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama PIC (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lampau boleh; tindak lanjut itu tampil terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengetik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut dicatat untuk {who}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionListDialog</name>
    <message>
        <source>Matriks tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>{date} (lewat {n} hari)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Sudah bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum bertanda tangan — Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Ketik sebagian nama atau instansi, lalu Enter untuk mencatat hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: catat hadir saran teratas · ↑↓: pilih saran · Ctrl+Enter: peserta tanpa undangan · Ctrl+D: diwakili · Esc: kosongkan (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat peserta yang tidak ada di undangan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah undangan: instansi, orang, atau salin dari rapat lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang instansi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang orang dari direktori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin undangan dari rapat lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor daftar undangan (Excel/CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ini sudah final: daftar hadir hanya dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada peserta. Ketik nama untuk mencatat kehadiran, atau Undang instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompokkan per instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urutkan menurut instansi (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai hadir sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat siapa yang mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan peserta terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah ke atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah ke bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus dari daftar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per instansi (hadir/diundang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir {present} dari {invited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Peserta tanpa undangan: “{text}” (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama atau instansi peserta dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} tercatat {status} pukul {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dulu peserta yang diwakili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dulu peserta yang akan bertanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ini sudah final: urutan daftar hadir tidak dapat diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saat dikelompokkan per instansi, urutan yang tampil bukan urutan daftar hadir. Matikan Kelompokkan per instansi (Ctrl+G) untuk mengubah urutan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naikkan peserta terpilih satu baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turunkan peserta terpilih satu baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus dari daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus {name} ({institution}) dari daftar hadir?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan kehadiran dan tanda tangannya ikut terhapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} dihapus dari daftar hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} undangan ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tutup pesan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Sertifikat untuk menandatangani notula secara elektronik. Kata sandi ditanyakan setiap kali diperlukan dan tidak pernah disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada sertifikat. Impor sertifikat .p12 pejabat, atau buat akar organisasi lalu terbitkan sertifikat pejabat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor .p12/.pfx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan sertifikat pejabat dari berkas PKCS#12 (kuncinya tetap terenkripsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor sertifikat tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percayai sertifikat otoritas lain (PEM/DER) saat memeriksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan berkas .p12 pejabat terpilih untuk diserahkan atau dicadangkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor akar (PEM)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan akar organisasi agar pihak lain dapat memeriksa tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa Keaslian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa tanda tangan elektronik sebuah berkas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar sertifikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Pemerintah Kabupaten Lembah Hijau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat akar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat otoritas sertifikat kantor sendiri (kata sandi ditanyakan dua kali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan sertifikat pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Sekretaris Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan sertifikat penanda tangan dari akar organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada. Kantor tanpa otoritas sertifikat dapat membuatnya di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}, berlaku sampai {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} sudah kedaluwarsa sejak {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} berakhir {date}; minta atau terbitkan yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat kunci… (beberapa detik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama organisasi lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru untuk akar organisasi (minimal 8 karakter). Simpan baik-baik: tanpa kata sandi ini tidak dapat menerbitkan sertifikat pejabat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar organisasi dibuat. Ekspor akar (PEM) untuk pihak yang memeriksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pejabat lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi akar organisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru untuk sertifikat {name} (minimal 8 karakter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat pejabat diterbitkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan sertifikat untuk {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor akar organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor sertifikat pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka {file}. Kata sandi hanya dipakai untuk membaca pemiliknya dan tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor sertifikat tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {owner} tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Pilih semua yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centang semua baris hasil pencarian ini (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;osongkan pilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus semua centang (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} dipilih · {shown} tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Mencoba lagi…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Keputusan atau kesimpulan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama, jabatan, NIP atau instansi… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah instansi terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan dua instansi yang sama (pilih keduanya dengan Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah data orang terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan dua data orang yang sama (pilih keduanya dengan Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direktori masih kosong. Ia terisi sendiri saat rapat dicatat, atau tambahkan instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih tepat dua baris yang sama (Ctrl+klik) untuk digabung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data yang dipertahankan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} digabung ke {b}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Simpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka di penampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen dibuat, tetapi tidak semuanya dapat dicantumkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencetak tidak dapat digunakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada penampil PDF yang dapat membuka {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Finalisasi &amp; TTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan rapat ini sebagai buku kerja Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa Keaslian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa tanda tangan elektronik sebuah berkas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekukan rapat dan buat notula PDF/A dengan kolom tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangani…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangani notula; kata sandi ditanyakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip notula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada notula di arsip. Finalisasi rapat untuk membuat yang pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draf — belum difinalisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisi {n}: menunggu tanda tangan {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisi {n}: notula sudah ditandatangani lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat sudah final. Perbaikan dibuat sebagai revisi baru di tab Notula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengkapi dulu sebelum finalisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua syarat terpenuhi. Finalisasi membekukan rapat dan membuat notula PDF/A dengan kolom tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas .p12/.pfx lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula dapat ditandatangani setelah finalisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih siapa yang menandatangani dan sertifikatnya. Kata sandi ditanyakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tanda tangan sudah lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu tanda tangan: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor buku kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menulis buku kerja Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisasi rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setelah finalisasi, rapat tidak dapat diubah lagi; perbaikan hanya lewat revisi baru. Notula PDF/A dibuat dan menunggu tanda tangan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memfinalisasi rapat dan membuat notula PDF/A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat difinalisasi. Notula menunggu tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi sertifikat {owner} untuk menandatangani sebagai {role}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menandatangani notula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih sertifikat penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula ditandatangani lengkap dan tersimpan di arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan tersimpan. Masih menunggu: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan notula dari arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mewakili (kosongkan bila hadir sendiri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat hadir (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta tanpa undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili: siapa yang hadir untuk {who}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat rapat baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat. Buat rapat baru untuk mulai mencatat daftar hadir dan notula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari ini dan mendatang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut melewati tenggat, per instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik untuk melihat tindak lanjut instansi ini di register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat minggu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik untuk melihat tindak lanjut bertenggat minggu ini di register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik atau tekan Enter untuk membuka rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rapat hari ini atau sesudahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat yang lalu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n terlambat</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang melewati tenggat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Semua %n tindak lanjut minggu ini</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tenggat tindak lanjut minggu ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Ubah instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Undang instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama atau singkatan instansi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua orang instansi yang dikenal direktori ikut diundang; instansi yang belum punya orang di direktori mendapat satu baris “Pimpinan …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direktori belum berisi instansi. Instansi bertambah sendiri setiap kali peserta dicatat, atau tambahkan di halaman Direktori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada instansi yang cocok dengan pencarian dan kategori ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapat — notula dan daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak
Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>mis. Rapat Koordinasi Pengamanan Pilkada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d. selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan rapat (pilih dari direktori atau ketik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acara (satu baris satu acara)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembukaan
Paparan
Tanya jawab
Penutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat lanjutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat rapat lanjutan dari rapat terpilih, dengan undangan yang sama (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat rapat baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring menurut judul, tempat, instansi atau tanggal (2024-11)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring daftar rapat (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rapat yang cocok dengan saringan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat. Tekan Ctrl+N untuk membuat rapat baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dulu rapat yang akan dilanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Salin undangan dari rapat lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari judul, tempat atau tanggal rapat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat lain yang undangannya dapat disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rapat yang cocok dengan pencarian ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih rapat yang undangannya akan disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ini belum punya peserta untuk disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua {total} peserta rapat ini sudah ada di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dari {total} peserta akan diundang; yang sudah ada dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke daftar rapat (Alt+Kiri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · revisi {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ini sudah final (revisi {n}) dan hanya dapat dibaca. Perbaikan dibuat sebagai revisi baru yang ditandatangani lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dijadikan tindak lanjut ({tab}, Alt+{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · tenggat {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat revisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka revisi baru dengan alasan (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul rapat dan tempat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul rapat dan tempat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotulaView</name>
    <message>
        <source>+ Butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Pokok pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadikan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan di layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan di layar (F5); Ctrl+B membekukan tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Kata Pembukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Keputusan / Kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada keputusan. Ctrl+Shift+Enter menambah keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata pembukaan pimpinan rapat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penutupan rapat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengetik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokok pembahasan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus pokok pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan pokok pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir agenda baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul butir agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis dulu pokok pembahasan atau keputusan yang akan ditindaklanjuti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Impor daftar undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV berisi daftar undangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas daftar undangan (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya tampilkan baris bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan semua baris ke daftar hadir (aktif bila tidak ada masalah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih daftar undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar undangan (*.xlsx *.csv *.txt);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membaca {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa ulang baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ready} baris siap, {bad} baris bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbaiki baris yang ditandai di berkasnya lalu pilih lagi, atau ubah pilihan kolom. Tidak ada yang disimpan sampai semua baris siap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua baris siap. Tekan Impor untuk menyimpan ke daftar hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan peserta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga; rincian di {log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Kata sandi sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah data orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tanpa instansi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit, bila ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Undang orang dari direktori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama, jabatan, instansi atau NIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direktori belum berisi orang. Orang bertambah sendiri setiap kali peserta dicatat, atau tambahkan di halaman Direktori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada orang yang cocok dengan pencarian ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah diundang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>Keterangan foto, mis. Suasana rapat di Aula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah foto JPEG atau PNG dengan keterangan di kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus foto terpilih (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat sudah final: foto dokumentasi tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto tampil di halaman Dokumentasi notula, urut seperti ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada foto. Tulis keterangan lalu tambah foto rapat (JPEG atau PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah foto rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Simpan pilihan ke daftar hadir (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <source>Isi pembicaraan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam Hadir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Rapat — tampilan layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekukan tampilan selagi notula diperbaiki (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibekukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Buat revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notula yang sudah final tidak diubah. Revisi baru dibuka sebagai draf dan harus ditandatangani lagi; dokumen yang sudah ditandatangani tetap di arsip.

Alasan revisi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misalnya: salah tulis nama instansi pada butir 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat revisi (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Tindak Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan daftar tersaring sebagai Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak daftar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks tindak lanjut tersaring sebagai PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melewati tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan semua tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat &amp;dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan dengan memilih tanggal paling awal, atau Hapus saringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka rapat asal tindak lanjut ini (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan, mis. hasil pengecekan lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat status baru dan catatannya di riwayat (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat lintas rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang cocok dengan saringan. Tekan Hapus saringan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut. Tindak lanjut dicatat di tab Tindak Lanjut rapat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak daftar {institution}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih tindak lanjut untuk melihat riwayat dan statusnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenggat {due} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat: {title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih status baru atau tulis catatan dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status tersimpan di riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Cari di arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik kata: judul, peserta, pembahasan, keputusan atau tindak lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari di semua rapat (Ctrl+K, Ctrl+F); Enter membuka rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik kata untuk mencari di semua rapat, mis. “netralitas ASN” atau nama peserta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rapat yang memuat “{query}”. Coba kata lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rapat, paling cocok lebih dulu. Enter membuka rapat terpilih.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Judul butir agenda · Alt+↑/↓: pindahkan butir · Ctrl+Shift+Del: hapus butir · Ctrl+Enter: pokok pembahasan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pembahasan. Ctrl+Enter menambah pokok pembahasan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil kantor untuk kop surat dan tanda tangan notula. Perubahan tersimpan otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEMERINTAH KABUPATEN …
BADAN KESATUAN BANGSA DAN POLITIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Lembah Hijau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat (satu baris per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kota penandatanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan rapat saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan rapat dan notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blok tanda tangan notula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas gambar PNG atau JPG untuk kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {name} bukan gambar yang dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan {name} di kotak berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan tanda tangan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus coretan dan mulai lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>Pembicara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik awal nama peserta, Enter memilih saran teratas; Esc: teks bebas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa Keaslian Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas PDF, atau seret berkas ke jendela ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas PDF yang akan diperiksa (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya akar organisasi dan sertifikat tepercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percayai satu sertifikat otoritas lain (PEM/DER) untuk pemeriksaan ini saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tepercaya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih sertifikat tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akar organisasi, sertifikat tepercaya, dan {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} tidak dapat dibaca ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tanda tangan utuh dan berasal dari sertifikat tepercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat dipastikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diubah setelah ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rusak atau diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini tidak memuat tanda tangan elektronik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan {signer} tidak utuh: berkas diubah setelah ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat {signer} tidak berasal dari otoritas tepercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi berkas berbeda dari salinan di arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip: berkas ini tidak tercatat di arsip Rapat pada komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip: sama persis dengan arsip “{title}”, revisi {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip: salinan tahap sebelumnya dari “{title}”, revisi {n}; arsip kini memuat tanda tangan yang lebih lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arsip: BERBEDA dari arsip “{title}”, revisi {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
