package io.breachflow.notices;

import java.util.Map;

/** Incident-level fields for letter tests, one set per language; every field a template may show. */
public final class LetterFixtures {

    private LetterFixtures() {
    }

    public static Map<String, String> fields(String language) {
        return switch (language) {
            case "ko" -> Map.ofEntries(
                    Map.entry("organisation", "브리치플로 주식회사"),
                    Map.entry("whatHappened", "퇴사한 직원이 인증키를 이용해 고객 계정 정보에 접근하였습니다.\n접근 경로는 차단되었습니다."),
                    Map.entry("when", "2025년 11월 18일 확인 (2025년 6월 24일부터 접근)"),
                    Map.entry("dataCategories", "이름, 이메일 주소, 전화번호, 배송지 주소, 주문 내역"),
                    Map.entry("consequences", "피싱 문자나 이메일을 받을 수 있습니다."),
                    Map.entry("measuresTaken", "접근 경로를 차단하고 수사기관에 신고하였습니다. 피해 구제는 고객센터로 신청하실 수 있습니다."),
                    Map.entry("whatYouCanDo", "출처가 불분명한 문자와 이메일의 링크를 누르지 마십시오."),
                    Map.entry("legalRights", "손해배상, 법정손해배상을 청구하거나 개인정보 분쟁조정위원회에 조정을 신청할 수 있습니다."),
                    Map.entry("contactPoint", "개인정보 침해 신고센터 1588-0000, privacy@breachflow.invalid"),
                    Map.entry("cause", "퇴직자의 인증키 미폐기"),
                    Map.entry("other", "추가로 확인되는 사실은 즉시 알려드리겠습니다."),
                    Map.entry("lawEnforcementDelay", "아니요"));
            case "ja" -> Map.ofEntries(
                    Map.entry("organisation", "ブリーチフロー株式会社"),
                    Map.entry("whatHappened", "退職した従業員が認証キーを用いて顧客アカウント情報にアクセスしました。"),
                    Map.entry("when", "2025年11月18日に判明"),
                    Map.entry("dataCategories", "氏名、メールアドレス、電話番号、配送先住所、注文履歴"),
                    Map.entry("consequences", "フィッシングメールが届くおそれがあります。"),
                    Map.entry("measuresTaken", "不正なアクセス経路を遮断し、警察に相談しました。"),
                    Map.entry("whatYouCanDo", "不審なメールのリンクを開かないでください。"),
                    Map.entry("contactPoint", "個人情報お問い合わせ窓口 0120-000-000"),
                    Map.entry("legalRights", "損害賠償の請求や紛争調停の申立てができます。"),
                    Map.entry("cause", "退職者の認証キーの失効漏れ"),
                    Map.entry("other", "新たな事実が判明した場合は速やかにお知らせします。"),
                    Map.entry("lawEnforcementDelay", "いいえ"));
            default -> Map.ofEntries(
                    Map.entry("organisation", "Breachflow Ltd."),
                    Map.entry("whatHappened", "A former employee used a signing key to access customer account data.\n"
                            + "The access path has been closed."),
                    Map.entry("when", "discovered on 18 November 2025; access since 24 June 2025"),
                    Map.entry("dataCategories", "names, email addresses, phone numbers, delivery addresses, order history"),
                    Map.entry("consequences", "You may receive phishing messages that look like they come from us."),
                    Map.entry("measuresTaken", "We closed the access path and reported the matter to the police. "
                            + "You can claim redress through our help desk."),
                    Map.entry("whatYouCanDo", "Do not open links in unexpected messages."),
                    Map.entry("legalRights", "You may claim damages or statutory damages, or apply for dispute mediation."),
                    Map.entry("contactPoint", "Privacy help desk, +82 2 0000 0000, privacy@breachflow.invalid"),
                    Map.entry("craContacts", "Equifax, Experian and TransUnion: see annex"),
                    Map.entry("cause", "a signing key was not revoked when the employee left"),
                    Map.entry("other", "We will tell you promptly of anything further we learn."),
                    Map.entry("lawEnforcementDelay", "No"));
        };
    }

    public static String name(String language) {
        return switch (language) {
            case "ko" -> "김민준";
            case "ja" -> "山田太郎";
            default -> "Jane Doe";
        };
    }
}
