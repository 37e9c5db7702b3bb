package io.breachflow.filings;

import java.util.HashMap;
import java.util.Map;

/** Narrative fields for report tests, per language; every field a report template may show. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Map<String, String> fields(String language) {
        Map<String, String> f = new HashMap<>();
        switch (language) {
            case "ko" -> {
                f.put("organisation", "브리치플로 주식회사");
                f.put("whatHappened", "퇴사한 직원이 인증키를 이용해 고객 계정 정보에 접근하였습니다.");
                f.put("when", "2025년 11월 18일 22시 인지");
                f.put("dataCategories", "이름, 이메일 주소, 전화번호, 배송지 주소, 주문 내역");
                f.put("affectedCount", "약 4,500명");
                f.put("whatYouCanDo", "출처가 불분명한 문자와 이메일의 링크를 누르지 마십시오.");
                f.put("cause", "퇴사자 인증키의 미폐기");
                f.put("consequences", "현재까지 2차 피해는 확인되지 않았습니다.");
                f.put("measuresTaken", "접근 경로를 차단하고 수사기관에 신고하였습니다.");
                f.put("contactPoint", "개인정보 보호책임자 홍길동, 02-0000-0000");
                f.put("responseToIndividuals", "2025년 11월 20일 통지 예정");
                f.put("pending", "유출 규모는 조사 중이며 확인되는 즉시 추가 신고하겠습니다.");
            }
            case "ja" -> {
                f.put("organisation", "ブリーチフロー株式会社");
                f.put("whatHappened", "退職した従業員が認証キーを用いて顧客アカウント情報にアクセスしました。");
                f.put("when", "2025年11月18日");
                f.put("dataCategories", "氏名、メールアドレス、電話番号、配送先住所、注文履歴");
                f.put("affectedCount", "約4,500人");
                f.put("cause", "退職者の認証キーの失効漏れ");
                f.put("consequences", "現時点で二次被害は確認されていません。");
                f.put("responseToIndividuals", "11月20日に本人へ通知予定");
                f.put("publicAnnouncement", "11月29日にウェブサイトで公表予定");
                f.put("preventiveMeasures", "認証キーの定期的な失効と監視の強化");
                f.put("other", "警察に相談済み");
                f.put("contactPoint", "個人情報保護管理者 03-0000-0000");
                f.put("pending", "影響範囲は調査中です。");
            }
            default -> {
                f.put("organisation", "Breachflow Ltd.");
                f.put("whatHappened", "A former employee used a signing key to access customer account data.");
                f.put("when", "became aware on 18 November 2025 at 22:00 KST");
                f.put("dataCategories", "names, email addresses, phone numbers, delivery addresses, order history");
                f.put("subjectCategories", "customers");
                f.put("affectedCount", "about 4,500");
                f.put("recordCount", "about 4,500 account records");
                f.put("consequences", "phishing attempts using the leaked contact details");
                f.put("measuresTaken", "The key was revoked and the police informed.");
                f.put("contactPoint", "Data protection officer, dpo@breachflow.invalid");
                f.put("scope", "about 4,500 customer accounts in Korea; no payment data");
                f.put("materialImpact", "not yet determined; the registrant is assessing the impact on its results");
                f.put("delayReasons", "the scope was confirmed only after forensic analysis");
                f.put("pending", "The number of affected people is still being established.");
                f.put("residentsAffected", "1,250");
                f.put("residentsNotified", "1,180 by e-mail and 70 by mail");
                f.put("noticeDistribution", "Notices sent on 20 November 2025 by e-mail, and by mail where no address was known");
                f.put("measuresPlanned", "Quarterly access reviews and automatic key expiry by January 2026.");
                f.put("lawEnforcement", "Yes: the Austin Police Department is investigating.");
                f.put("sampleNotice", "Notice of Data Breach\n\nWhat Happened\nA former employee used a signing key "
                        + "to access customer account data.\n\nFor More Information\nCall 1-800-000-0000.");
            }
        }
        return f;
    }
}
