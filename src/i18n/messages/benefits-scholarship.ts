import type { MessageArea } from '../types.js'

/** The Indonesian messages of the scholarship of the death benefits (reasons per child, the schedule, the selection). */
export const benefitsScholarshipMessages = {
  id: {
    // scholarship
    SCHOLARSHIP_CONTRIBUTION_MET:
      'Masa iur {months} bulan memenuhi syarat minimal {years} tahun ({needed} bulan) untuk beasiswa.',
    SCHOLARSHIP_CONTRIBUTION_TOO_SHORT:
      'Masa iur {months} bulan kurang dari syarat minimal {years} tahun ({needed} bulan): tidak ada beasiswa.',
    SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP:
      'Masa kepesertaan {months} bulan, kurang dari {minimum} bulan: manfaat yang dibatasi tidak mencakup beasiswa.',
    SCHOLARSHIP_PMI_NOT_MODELLED:
      'Besaran beasiswa anak PMI menurut {regime} tidak ditemukan dalam sumber yang diperiksa: beasiswa tidak dihitung.',
    SCHOLARSHIP_NO_CHILDREN: 'Tidak ada anak dalam daftar: tidak ada beasiswa.',
    SCHOLARSHIP_NO_ELIGIBLE_CHILD: 'Tidak ada anak yang memenuhi syarat penerima beasiswa.',
    SCHOLARSHIP_YEARLY_CLAIM:
      'Beasiswa dibayar per tahun ajaran atas pengajuan setiap tahun dengan bukti masih bersekolah; jadwal ini adalah proyeksi hak anak.',
    SCHOLARSHIP_BACKLOG:
      'Beasiswa PP 82/2019 baru dapat dibayar sejak {date}: pembayaran untuk tahun ajaran sebelumnya dibayarkan mulai tanggal itu.',
    SCHOLARSHIP_LUMP_SUM_PER_PARTICIPANT:
      'Menurut PP 44/2015 beasiswa dibayar sekali sebesar {amount} untuk setiap peserta.',
    CHILD_OVER_AGE_LIMIT:
      'Anak berusia {age} tahun pada tanggal meninggal dunia (batas {limit} tahun): tidak menerima beasiswa.',
    CHILD_MARRIED: 'Anak sudah menikah ({date}) sebelum peserta meninggal dunia: tidak menerima beasiswa.',
    CHILD_WORKING: 'Anak sudah bekerja sejak {date}: tidak menerima beasiswa.',
    CHILD_NOT_REGISTERED_HEIR: 'Anak tidak didaftarkan peserta sebagai ahli waris penerima beasiswa.',
    CHILD_NOT_SELECTED: 'Beasiswa paling banyak untuk {maximum} anak: anak ini tidak termasuk.',
    CHILD_SCHEDULE_FROM_AGE:
      'Riwayat sekolah tidak diberikan: jadwal dihitung dari usia anak (masuk TK pada usia {tk}, SD pada usia {sd}, lalu setiap jenjang paling lama), yaitu jadwal terbesar yang mungkin.',
    CHILD_SCHOOLING_STARTS_LATER:
      'Riwayat sekolah yang diberikan baru dimulai pada tahun ajaran {start}: tahun ajaran {year} sampai sebelumnya tidak dijadwalkan.',
    CHILD_SCHEDULE_PROJECTED:
      'Mulai tahun ajaran {year} jadwal diproyeksikan ke jenjang berikutnya setelah jenjang terakhir yang diberikan.',
    CHILD_SCHOLARSHIP_ENDS_AGE:
      'Anak mencapai usia {limit} tahun pada {date}: beasiswa berakhir, tahun ajaran {year} dan seterusnya tidak dibayar.',
    CHILD_SCHOLARSHIP_ENDS_MARRIAGE:
      'Anak menikah pada {date}: beasiswa berakhir, tahun ajaran {year} dan seterusnya tidak dibayar.',
    CHILD_SCHOLARSHIP_ENDS_WORK:
      'Anak bekerja sejak {date}: beasiswa berakhir, tahun ajaran {year} dan seterusnya tidak dibayar.',
    CHILD_WORK_EXCEPTION:
      'Pekerjaan anak ({kind}) tidak menghentikan beasiswa menurut Permenaker 1/2025 Pasal 103 ayat (3a).',
    CHILD_LEVEL_YEARS_EXHAUSTED: 'Tahun ajaran {year}: jatah tahun beasiswa jenjang {level} sudah habis.',
  },
} as const satisfies MessageArea
