define ptx_kernel void @$K(float* %q, float* %k, float* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 128
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = icmp slt i32 %3, %M
	br i1 %5, label %body, label %exit

body:
	%6 = sdiv i32 %4, %group
	%7 = mul i32 %4, %M
	%8 = add i32 %7, %3
	%9 = mul i32 %8, 64
	%10 = getelementptr float, float* %q, i32 %9
	%11 = mul i32 %4, %M
	%12 = add i32 %11, %3
	%13 = mul i32 %12, 64
	%14 = getelementptr float, float* %out, i32 %13
	%15 = mul i32 %6, %N
	%16 = mul i32 %15, 64
	%17 = getelementptr float, float* %k, i32 %16
	%18 = mul i32 %6, %N
	%19 = mul i32 %18, 64
	%20 = getelementptr float, float* %v, i32 %19
	%21 = getelementptr float, float* %10, i32 0
	%22 = load float, float* %21
	%23 = getelementptr float, float* %10, i32 1
	%24 = load float, float* %23
	%25 = getelementptr float, float* %10, i32 2
	%26 = load float, float* %25
	%27 = getelementptr float, float* %10, i32 3
	%28 = load float, float* %27
	%29 = getelementptr float, float* %10, i32 4
	%30 = load float, float* %29
	%31 = getelementptr float, float* %10, i32 5
	%32 = load float, float* %31
	%33 = getelementptr float, float* %10, i32 6
	%34 = load float, float* %33
	%35 = getelementptr float, float* %10, i32 7
	%36 = load float, float* %35
	%37 = getelementptr float, float* %10, i32 8
	%38 = load float, float* %37
	%39 = getelementptr float, float* %10, i32 9
	%40 = load float, float* %39
	%41 = getelementptr float, float* %10, i32 10
	%42 = load float, float* %41
	%43 = getelementptr float, float* %10, i32 11
	%44 = load float, float* %43
	%45 = getelementptr float, float* %10, i32 12
	%46 = load float, float* %45
	%47 = getelementptr float, float* %10, i32 13
	%48 = load float, float* %47
	%49 = getelementptr float, float* %10, i32 14
	%50 = load float, float* %49
	%51 = getelementptr float, float* %10, i32 15
	%52 = load float, float* %51
	%53 = getelementptr float, float* %10, i32 16
	%54 = load float, float* %53
	%55 = getelementptr float, float* %10, i32 17
	%56 = load float, float* %55
	%57 = getelementptr float, float* %10, i32 18
	%58 = load float, float* %57
	%59 = getelementptr float, float* %10, i32 19
	%60 = load float, float* %59
	%61 = getelementptr float, float* %10, i32 20
	%62 = load float, float* %61
	%63 = getelementptr float, float* %10, i32 21
	%64 = load float, float* %63
	%65 = getelementptr float, float* %10, i32 22
	%66 = load float, float* %65
	%67 = getelementptr float, float* %10, i32 23
	%68 = load float, float* %67
	%69 = getelementptr float, float* %10, i32 24
	%70 = load float, float* %69
	%71 = getelementptr float, float* %10, i32 25
	%72 = load float, float* %71
	%73 = getelementptr float, float* %10, i32 26
	%74 = load float, float* %73
	%75 = getelementptr float, float* %10, i32 27
	%76 = load float, float* %75
	%77 = getelementptr float, float* %10, i32 28
	%78 = load float, float* %77
	%79 = getelementptr float, float* %10, i32 29
	%80 = load float, float* %79
	%81 = getelementptr float, float* %10, i32 30
	%82 = load float, float* %81
	%83 = getelementptr float, float* %10, i32 31
	%84 = load float, float* %83
	%85 = getelementptr float, float* %10, i32 32
	%86 = load float, float* %85
	%87 = getelementptr float, float* %10, i32 33
	%88 = load float, float* %87
	%89 = getelementptr float, float* %10, i32 34
	%90 = load float, float* %89
	%91 = getelementptr float, float* %10, i32 35
	%92 = load float, float* %91
	%93 = getelementptr float, float* %10, i32 36
	%94 = load float, float* %93
	%95 = getelementptr float, float* %10, i32 37
	%96 = load float, float* %95
	%97 = getelementptr float, float* %10, i32 38
	%98 = load float, float* %97
	%99 = getelementptr float, float* %10, i32 39
	%100 = load float, float* %99
	%101 = getelementptr float, float* %10, i32 40
	%102 = load float, float* %101
	%103 = getelementptr float, float* %10, i32 41
	%104 = load float, float* %103
	%105 = getelementptr float, float* %10, i32 42
	%106 = load float, float* %105
	%107 = getelementptr float, float* %10, i32 43
	%108 = load float, float* %107
	%109 = getelementptr float, float* %10, i32 44
	%110 = load float, float* %109
	%111 = getelementptr float, float* %10, i32 45
	%112 = load float, float* %111
	%113 = getelementptr float, float* %10, i32 46
	%114 = load float, float* %113
	%115 = getelementptr float, float* %10, i32 47
	%116 = load float, float* %115
	%117 = getelementptr float, float* %10, i32 48
	%118 = load float, float* %117
	%119 = getelementptr float, float* %10, i32 49
	%120 = load float, float* %119
	%121 = getelementptr float, float* %10, i32 50
	%122 = load float, float* %121
	%123 = getelementptr float, float* %10, i32 51
	%124 = load float, float* %123
	%125 = getelementptr float, float* %10, i32 52
	%126 = load float, float* %125
	%127 = getelementptr float, float* %10, i32 53
	%128 = load float, float* %127
	%129 = getelementptr float, float* %10, i32 54
	%130 = load float, float* %129
	%131 = getelementptr float, float* %10, i32 55
	%132 = load float, float* %131
	%133 = getelementptr float, float* %10, i32 56
	%134 = load float, float* %133
	%135 = getelementptr float, float* %10, i32 57
	%136 = load float, float* %135
	%137 = getelementptr float, float* %10, i32 58
	%138 = load float, float* %137
	%139 = getelementptr float, float* %10, i32 59
	%140 = load float, float* %139
	%141 = getelementptr float, float* %10, i32 60
	%142 = load float, float* %141
	%143 = getelementptr float, float* %10, i32 61
	%144 = load float, float* %143
	%145 = getelementptr float, float* %10, i32 62
	%146 = load float, float* %145
	%147 = getelementptr float, float* %10, i32 63
	%148 = load float, float* %147
	%149 = alloca [64 x float]
	%150 = alloca float
	%151 = alloca float
	%152 = alloca i32
	%153 = alloca i32
	%154 = alloca i32
	%155 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	store float 0.0, float* %155
	%156 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	store float 0.0, float* %156
	%157 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	store float 0.0, float* %157
	%158 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	store float 0.0, float* %158
	%159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	store float 0.0, float* %159
	%160 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	store float 0.0, float* %160
	%161 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	store float 0.0, float* %161
	%162 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	store float 0.0, float* %162
	%163 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	store float 0.0, float* %163
	%164 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	store float 0.0, float* %164
	%165 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	store float 0.0, float* %165
	%166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	store float 0.0, float* %166
	%167 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	store float 0.0, float* %167
	%168 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	store float 0.0, float* %168
	%169 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	store float 0.0, float* %169
	%170 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	store float 0.0, float* %170
	%171 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	store float 0.0, float* %171
	%172 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	store float 0.0, float* %172
	%173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	store float 0.0, float* %173
	%174 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	store float 0.0, float* %174
	%175 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	store float 0.0, float* %175
	%176 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	store float 0.0, float* %176
	%177 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	store float 0.0, float* %177
	%178 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	store float 0.0, float* %178
	%179 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	store float 0.0, float* %179
	%180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	store float 0.0, float* %180
	%181 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	store float 0.0, float* %181
	%182 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	store float 0.0, float* %182
	%183 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	store float 0.0, float* %183
	%184 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	store float 0.0, float* %184
	%185 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	store float 0.0, float* %185
	%186 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	store float 0.0, float* %186
	%187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	store float 0.0, float* %187
	%188 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	store float 0.0, float* %188
	%189 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	store float 0.0, float* %189
	%190 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	store float 0.0, float* %190
	%191 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	store float 0.0, float* %191
	%192 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	store float 0.0, float* %192
	%193 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	store float 0.0, float* %193
	%194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	store float 0.0, float* %194
	%195 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	store float 0.0, float* %195
	%196 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	store float 0.0, float* %196
	%197 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	store float 0.0, float* %197
	%198 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	store float 0.0, float* %198
	%199 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	store float 0.0, float* %199
	%200 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	store float 0.0, float* %200
	%201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	store float 0.0, float* %201
	%202 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	store float 0.0, float* %202
	%203 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	store float 0.0, float* %203
	%204 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	store float 0.0, float* %204
	%205 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	store float 0.0, float* %205
	%206 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	store float 0.0, float* %206
	%207 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	store float 0.0, float* %207
	%208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	store float 0.0, float* %208
	%209 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	store float 0.0, float* %209
	%210 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	store float 0.0, float* %210
	%211 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	store float 0.0, float* %211
	%212 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	store float 0.0, float* %212
	%213 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	store float 0.0, float* %213
	%214 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	store float 0.0, float* %214
	%215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	store float 0.0, float* %215
	%216 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	store float 0.0, float* %216
	%217 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	store float 0.0, float* %217
	%218 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	store float 0.0, float* %218
	store float 0xFFF0000000000000, float* %150
	store float 0.0, float* %151
	%219 = sitofp i32 %3 to float
	%220 = sitofp i32 %4 to float
	%221 = sdiv i32 %3, 64
	store i32 0, i32* %152
	store i32 %N, i32* %153
	br label %loop

exit:
	ret void

loop:
	%222 = load i32, i32* %152
	%223 = load i32, i32* %153
	%224 = icmp slt i32 %222, %223
	br i1 %224, label %work, label %done

work:
	%225 = sitofp i32 %222 to float
	%226 = fcmp ole float %225, %219
	%227 = uitofp i1 %226 to float
	%228 = fcmp une float %227, 0.0
	br i1 %228, label %compute, label %next

next:
	%229 = load i32, i32* %152
	%230 = add i32 %229, 1
	store i32 %230, i32* %152
	br label %loop

done:
	%231 = load float, float* %151
	%232 = fcmp ogt float %231, 0.0
	%233 = fdiv float 1.0, %231
	%234 = select i1 %232, float %233, float 0.0
	%235 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%236 = load float, float* %235
	%237 = fmul float %236, %234
	%238 = getelementptr float, float* %14, i32 0
	store float %237, float* %238
	%239 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%240 = load float, float* %239
	%241 = fmul float %240, %234
	%242 = getelementptr float, float* %14, i32 1
	store float %241, float* %242
	%243 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%244 = load float, float* %243
	%245 = fmul float %244, %234
	%246 = getelementptr float, float* %14, i32 2
	store float %245, float* %246
	%247 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%248 = load float, float* %247
	%249 = fmul float %248, %234
	%250 = getelementptr float, float* %14, i32 3
	store float %249, float* %250
	%251 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%252 = load float, float* %251
	%253 = fmul float %252, %234
	%254 = getelementptr float, float* %14, i32 4
	store float %253, float* %254
	%255 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%256 = load float, float* %255
	%257 = fmul float %256, %234
	%258 = getelementptr float, float* %14, i32 5
	store float %257, float* %258
	%259 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%260 = load float, float* %259
	%261 = fmul float %260, %234
	%262 = getelementptr float, float* %14, i32 6
	store float %261, float* %262
	%263 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%264 = load float, float* %263
	%265 = fmul float %264, %234
	%266 = getelementptr float, float* %14, i32 7
	store float %265, float* %266
	%267 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%268 = load float, float* %267
	%269 = fmul float %268, %234
	%270 = getelementptr float, float* %14, i32 8
	store float %269, float* %270
	%271 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%272 = load float, float* %271
	%273 = fmul float %272, %234
	%274 = getelementptr float, float* %14, i32 9
	store float %273, float* %274
	%275 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%276 = load float, float* %275
	%277 = fmul float %276, %234
	%278 = getelementptr float, float* %14, i32 10
	store float %277, float* %278
	%279 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%280 = load float, float* %279
	%281 = fmul float %280, %234
	%282 = getelementptr float, float* %14, i32 11
	store float %281, float* %282
	%283 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%284 = load float, float* %283
	%285 = fmul float %284, %234
	%286 = getelementptr float, float* %14, i32 12
	store float %285, float* %286
	%287 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%288 = load float, float* %287
	%289 = fmul float %288, %234
	%290 = getelementptr float, float* %14, i32 13
	store float %289, float* %290
	%291 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%292 = load float, float* %291
	%293 = fmul float %292, %234
	%294 = getelementptr float, float* %14, i32 14
	store float %293, float* %294
	%295 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%296 = load float, float* %295
	%297 = fmul float %296, %234
	%298 = getelementptr float, float* %14, i32 15
	store float %297, float* %298
	%299 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%300 = load float, float* %299
	%301 = fmul float %300, %234
	%302 = getelementptr float, float* %14, i32 16
	store float %301, float* %302
	%303 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%304 = load float, float* %303
	%305 = fmul float %304, %234
	%306 = getelementptr float, float* %14, i32 17
	store float %305, float* %306
	%307 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%308 = load float, float* %307
	%309 = fmul float %308, %234
	%310 = getelementptr float, float* %14, i32 18
	store float %309, float* %310
	%311 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%312 = load float, float* %311
	%313 = fmul float %312, %234
	%314 = getelementptr float, float* %14, i32 19
	store float %313, float* %314
	%315 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%316 = load float, float* %315
	%317 = fmul float %316, %234
	%318 = getelementptr float, float* %14, i32 20
	store float %317, float* %318
	%319 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%320 = load float, float* %319
	%321 = fmul float %320, %234
	%322 = getelementptr float, float* %14, i32 21
	store float %321, float* %322
	%323 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%324 = load float, float* %323
	%325 = fmul float %324, %234
	%326 = getelementptr float, float* %14, i32 22
	store float %325, float* %326
	%327 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%328 = load float, float* %327
	%329 = fmul float %328, %234
	%330 = getelementptr float, float* %14, i32 23
	store float %329, float* %330
	%331 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%332 = load float, float* %331
	%333 = fmul float %332, %234
	%334 = getelementptr float, float* %14, i32 24
	store float %333, float* %334
	%335 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%336 = load float, float* %335
	%337 = fmul float %336, %234
	%338 = getelementptr float, float* %14, i32 25
	store float %337, float* %338
	%339 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%340 = load float, float* %339
	%341 = fmul float %340, %234
	%342 = getelementptr float, float* %14, i32 26
	store float %341, float* %342
	%343 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%344 = load float, float* %343
	%345 = fmul float %344, %234
	%346 = getelementptr float, float* %14, i32 27
	store float %345, float* %346
	%347 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%348 = load float, float* %347
	%349 = fmul float %348, %234
	%350 = getelementptr float, float* %14, i32 28
	store float %349, float* %350
	%351 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%352 = load float, float* %351
	%353 = fmul float %352, %234
	%354 = getelementptr float, float* %14, i32 29
	store float %353, float* %354
	%355 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%356 = load float, float* %355
	%357 = fmul float %356, %234
	%358 = getelementptr float, float* %14, i32 30
	store float %357, float* %358
	%359 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%360 = load float, float* %359
	%361 = fmul float %360, %234
	%362 = getelementptr float, float* %14, i32 31
	store float %361, float* %362
	%363 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%364 = load float, float* %363
	%365 = fmul float %364, %234
	%366 = getelementptr float, float* %14, i32 32
	store float %365, float* %366
	%367 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%368 = load float, float* %367
	%369 = fmul float %368, %234
	%370 = getelementptr float, float* %14, i32 33
	store float %369, float* %370
	%371 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%372 = load float, float* %371
	%373 = fmul float %372, %234
	%374 = getelementptr float, float* %14, i32 34
	store float %373, float* %374
	%375 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%376 = load float, float* %375
	%377 = fmul float %376, %234
	%378 = getelementptr float, float* %14, i32 35
	store float %377, float* %378
	%379 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%380 = load float, float* %379
	%381 = fmul float %380, %234
	%382 = getelementptr float, float* %14, i32 36
	store float %381, float* %382
	%383 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%384 = load float, float* %383
	%385 = fmul float %384, %234
	%386 = getelementptr float, float* %14, i32 37
	store float %385, float* %386
	%387 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%388 = load float, float* %387
	%389 = fmul float %388, %234
	%390 = getelementptr float, float* %14, i32 38
	store float %389, float* %390
	%391 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%392 = load float, float* %391
	%393 = fmul float %392, %234
	%394 = getelementptr float, float* %14, i32 39
	store float %393, float* %394
	%395 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%396 = load float, float* %395
	%397 = fmul float %396, %234
	%398 = getelementptr float, float* %14, i32 40
	store float %397, float* %398
	%399 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%400 = load float, float* %399
	%401 = fmul float %400, %234
	%402 = getelementptr float, float* %14, i32 41
	store float %401, float* %402
	%403 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%404 = load float, float* %403
	%405 = fmul float %404, %234
	%406 = getelementptr float, float* %14, i32 42
	store float %405, float* %406
	%407 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%408 = load float, float* %407
	%409 = fmul float %408, %234
	%410 = getelementptr float, float* %14, i32 43
	store float %409, float* %410
	%411 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%412 = load float, float* %411
	%413 = fmul float %412, %234
	%414 = getelementptr float, float* %14, i32 44
	store float %413, float* %414
	%415 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%416 = load float, float* %415
	%417 = fmul float %416, %234
	%418 = getelementptr float, float* %14, i32 45
	store float %417, float* %418
	%419 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%420 = load float, float* %419
	%421 = fmul float %420, %234
	%422 = getelementptr float, float* %14, i32 46
	store float %421, float* %422
	%423 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%424 = load float, float* %423
	%425 = fmul float %424, %234
	%426 = getelementptr float, float* %14, i32 47
	store float %425, float* %426
	%427 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%428 = load float, float* %427
	%429 = fmul float %428, %234
	%430 = getelementptr float, float* %14, i32 48
	store float %429, float* %430
	%431 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%432 = load float, float* %431
	%433 = fmul float %432, %234
	%434 = getelementptr float, float* %14, i32 49
	store float %433, float* %434
	%435 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%436 = load float, float* %435
	%437 = fmul float %436, %234
	%438 = getelementptr float, float* %14, i32 50
	store float %437, float* %438
	%439 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%440 = load float, float* %439
	%441 = fmul float %440, %234
	%442 = getelementptr float, float* %14, i32 51
	store float %441, float* %442
	%443 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%444 = load float, float* %443
	%445 = fmul float %444, %234
	%446 = getelementptr float, float* %14, i32 52
	store float %445, float* %446
	%447 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%448 = load float, float* %447
	%449 = fmul float %448, %234
	%450 = getelementptr float, float* %14, i32 53
	store float %449, float* %450
	%451 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%452 = load float, float* %451
	%453 = fmul float %452, %234
	%454 = getelementptr float, float* %14, i32 54
	store float %453, float* %454
	%455 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%456 = load float, float* %455
	%457 = fmul float %456, %234
	%458 = getelementptr float, float* %14, i32 55
	store float %457, float* %458
	%459 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%460 = load float, float* %459
	%461 = fmul float %460, %234
	%462 = getelementptr float, float* %14, i32 56
	store float %461, float* %462
	%463 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%464 = load float, float* %463
	%465 = fmul float %464, %234
	%466 = getelementptr float, float* %14, i32 57
	store float %465, float* %466
	%467 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%468 = load float, float* %467
	%469 = fmul float %468, %234
	%470 = getelementptr float, float* %14, i32 58
	store float %469, float* %470
	%471 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%472 = load float, float* %471
	%473 = fmul float %472, %234
	%474 = getelementptr float, float* %14, i32 59
	store float %473, float* %474
	%475 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%476 = load float, float* %475
	%477 = fmul float %476, %234
	%478 = getelementptr float, float* %14, i32 60
	store float %477, float* %478
	%479 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%480 = load float, float* %479
	%481 = fmul float %480, %234
	%482 = getelementptr float, float* %14, i32 61
	store float %481, float* %482
	%483 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%484 = load float, float* %483
	%485 = fmul float %484, %234
	%486 = getelementptr float, float* %14, i32 62
	store float %485, float* %486
	%487 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%488 = load float, float* %487
	%489 = fmul float %488, %234
	%490 = getelementptr float, float* %14, i32 63
	store float %489, float* %490
	ret void

compute:
	%491 = mul i32 %222, 64
	%492 = getelementptr float, float* %17, i32 %491
	%493 = getelementptr float, float* %492, i32 0
	%494 = load float, float* %493
	%495 = fmul float %22, %494
	%496 = fadd float 0.0, %495
	%497 = getelementptr float, float* %492, i32 1
	%498 = load float, float* %497
	%499 = fmul float %24, %498
	%500 = fadd float %496, %499
	%501 = getelementptr float, float* %492, i32 2
	%502 = load float, float* %501
	%503 = fmul float %26, %502
	%504 = fadd float %500, %503
	%505 = getelementptr float, float* %492, i32 3
	%506 = load float, float* %505
	%507 = fmul float %28, %506
	%508 = fadd float %504, %507
	%509 = getelementptr float, float* %492, i32 4
	%510 = load float, float* %509
	%511 = fmul float %30, %510
	%512 = fadd float %508, %511
	%513 = getelementptr float, float* %492, i32 5
	%514 = load float, float* %513
	%515 = fmul float %32, %514
	%516 = fadd float %512, %515
	%517 = getelementptr float, float* %492, i32 6
	%518 = load float, float* %517
	%519 = fmul float %34, %518
	%520 = fadd float %516, %519
	%521 = getelementptr float, float* %492, i32 7
	%522 = load float, float* %521
	%523 = fmul float %36, %522
	%524 = fadd float %520, %523
	%525 = getelementptr float, float* %492, i32 8
	%526 = load float, float* %525
	%527 = fmul float %38, %526
	%528 = fadd float %524, %527
	%529 = getelementptr float, float* %492, i32 9
	%530 = load float, float* %529
	%531 = fmul float %40, %530
	%532 = fadd float %528, %531
	%533 = getelementptr float, float* %492, i32 10
	%534 = load float, float* %533
	%535 = fmul float %42, %534
	%536 = fadd float %532, %535
	%537 = getelementptr float, float* %492, i32 11
	%538 = load float, float* %537
	%539 = fmul float %44, %538
	%540 = fadd float %536, %539
	%541 = getelementptr float, float* %492, i32 12
	%542 = load float, float* %541
	%543 = fmul float %46, %542
	%544 = fadd float %540, %543
	%545 = getelementptr float, float* %492, i32 13
	%546 = load float, float* %545
	%547 = fmul float %48, %546
	%548 = fadd float %544, %547
	%549 = getelementptr float, float* %492, i32 14
	%550 = load float, float* %549
	%551 = fmul float %50, %550
	%552 = fadd float %548, %551
	%553 = getelementptr float, float* %492, i32 15
	%554 = load float, float* %553
	%555 = fmul float %52, %554
	%556 = fadd float %552, %555
	%557 = getelementptr float, float* %492, i32 16
	%558 = load float, float* %557
	%559 = fmul float %54, %558
	%560 = fadd float %556, %559
	%561 = getelementptr float, float* %492, i32 17
	%562 = load float, float* %561
	%563 = fmul float %56, %562
	%564 = fadd float %560, %563
	%565 = getelementptr float, float* %492, i32 18
	%566 = load float, float* %565
	%567 = fmul float %58, %566
	%568 = fadd float %564, %567
	%569 = getelementptr float, float* %492, i32 19
	%570 = load float, float* %569
	%571 = fmul float %60, %570
	%572 = fadd float %568, %571
	%573 = getelementptr float, float* %492, i32 20
	%574 = load float, float* %573
	%575 = fmul float %62, %574
	%576 = fadd float %572, %575
	%577 = getelementptr float, float* %492, i32 21
	%578 = load float, float* %577
	%579 = fmul float %64, %578
	%580 = fadd float %576, %579
	%581 = getelementptr float, float* %492, i32 22
	%582 = load float, float* %581
	%583 = fmul float %66, %582
	%584 = fadd float %580, %583
	%585 = getelementptr float, float* %492, i32 23
	%586 = load float, float* %585
	%587 = fmul float %68, %586
	%588 = fadd float %584, %587
	%589 = getelementptr float, float* %492, i32 24
	%590 = load float, float* %589
	%591 = fmul float %70, %590
	%592 = fadd float %588, %591
	%593 = getelementptr float, float* %492, i32 25
	%594 = load float, float* %593
	%595 = fmul float %72, %594
	%596 = fadd float %592, %595
	%597 = getelementptr float, float* %492, i32 26
	%598 = load float, float* %597
	%599 = fmul float %74, %598
	%600 = fadd float %596, %599
	%601 = getelementptr float, float* %492, i32 27
	%602 = load float, float* %601
	%603 = fmul float %76, %602
	%604 = fadd float %600, %603
	%605 = getelementptr float, float* %492, i32 28
	%606 = load float, float* %605
	%607 = fmul float %78, %606
	%608 = fadd float %604, %607
	%609 = getelementptr float, float* %492, i32 29
	%610 = load float, float* %609
	%611 = fmul float %80, %610
	%612 = fadd float %608, %611
	%613 = getelementptr float, float* %492, i32 30
	%614 = load float, float* %613
	%615 = fmul float %82, %614
	%616 = fadd float %612, %615
	%617 = getelementptr float, float* %492, i32 31
	%618 = load float, float* %617
	%619 = fmul float %84, %618
	%620 = fadd float %616, %619
	%621 = getelementptr float, float* %492, i32 32
	%622 = load float, float* %621
	%623 = fmul float %86, %622
	%624 = fadd float %620, %623
	%625 = getelementptr float, float* %492, i32 33
	%626 = load float, float* %625
	%627 = fmul float %88, %626
	%628 = fadd float %624, %627
	%629 = getelementptr float, float* %492, i32 34
	%630 = load float, float* %629
	%631 = fmul float %90, %630
	%632 = fadd float %628, %631
	%633 = getelementptr float, float* %492, i32 35
	%634 = load float, float* %633
	%635 = fmul float %92, %634
	%636 = fadd float %632, %635
	%637 = getelementptr float, float* %492, i32 36
	%638 = load float, float* %637
	%639 = fmul float %94, %638
	%640 = fadd float %636, %639
	%641 = getelementptr float, float* %492, i32 37
	%642 = load float, float* %641
	%643 = fmul float %96, %642
	%644 = fadd float %640, %643
	%645 = getelementptr float, float* %492, i32 38
	%646 = load float, float* %645
	%647 = fmul float %98, %646
	%648 = fadd float %644, %647
	%649 = getelementptr float, float* %492, i32 39
	%650 = load float, float* %649
	%651 = fmul float %100, %650
	%652 = fadd float %648, %651
	%653 = getelementptr float, float* %492, i32 40
	%654 = load float, float* %653
	%655 = fmul float %102, %654
	%656 = fadd float %652, %655
	%657 = getelementptr float, float* %492, i32 41
	%658 = load float, float* %657
	%659 = fmul float %104, %658
	%660 = fadd float %656, %659
	%661 = getelementptr float, float* %492, i32 42
	%662 = load float, float* %661
	%663 = fmul float %106, %662
	%664 = fadd float %660, %663
	%665 = getelementptr float, float* %492, i32 43
	%666 = load float, float* %665
	%667 = fmul float %108, %666
	%668 = fadd float %664, %667
	%669 = getelementptr float, float* %492, i32 44
	%670 = load float, float* %669
	%671 = fmul float %110, %670
	%672 = fadd float %668, %671
	%673 = getelementptr float, float* %492, i32 45
	%674 = load float, float* %673
	%675 = fmul float %112, %674
	%676 = fadd float %672, %675
	%677 = getelementptr float, float* %492, i32 46
	%678 = load float, float* %677
	%679 = fmul float %114, %678
	%680 = fadd float %676, %679
	%681 = getelementptr float, float* %492, i32 47
	%682 = load float, float* %681
	%683 = fmul float %116, %682
	%684 = fadd float %680, %683
	%685 = getelementptr float, float* %492, i32 48
	%686 = load float, float* %685
	%687 = fmul float %118, %686
	%688 = fadd float %684, %687
	%689 = getelementptr float, float* %492, i32 49
	%690 = load float, float* %689
	%691 = fmul float %120, %690
	%692 = fadd float %688, %691
	%693 = getelementptr float, float* %492, i32 50
	%694 = load float, float* %693
	%695 = fmul float %122, %694
	%696 = fadd float %692, %695
	%697 = getelementptr float, float* %492, i32 51
	%698 = load float, float* %697
	%699 = fmul float %124, %698
	%700 = fadd float %696, %699
	%701 = getelementptr float, float* %492, i32 52
	%702 = load float, float* %701
	%703 = fmul float %126, %702
	%704 = fadd float %700, %703
	%705 = getelementptr float, float* %492, i32 53
	%706 = load float, float* %705
	%707 = fmul float %128, %706
	%708 = fadd float %704, %707
	%709 = getelementptr float, float* %492, i32 54
	%710 = load float, float* %709
	%711 = fmul float %130, %710
	%712 = fadd float %708, %711
	%713 = getelementptr float, float* %492, i32 55
	%714 = load float, float* %713
	%715 = fmul float %132, %714
	%716 = fadd float %712, %715
	%717 = getelementptr float, float* %492, i32 56
	%718 = load float, float* %717
	%719 = fmul float %134, %718
	%720 = fadd float %716, %719
	%721 = getelementptr float, float* %492, i32 57
	%722 = load float, float* %721
	%723 = fmul float %136, %722
	%724 = fadd float %720, %723
	%725 = getelementptr float, float* %492, i32 58
	%726 = load float, float* %725
	%727 = fmul float %138, %726
	%728 = fadd float %724, %727
	%729 = getelementptr float, float* %492, i32 59
	%730 = load float, float* %729
	%731 = fmul float %140, %730
	%732 = fadd float %728, %731
	%733 = getelementptr float, float* %492, i32 60
	%734 = load float, float* %733
	%735 = fmul float %142, %734
	%736 = fadd float %732, %735
	%737 = getelementptr float, float* %492, i32 61
	%738 = load float, float* %737
	%739 = fmul float %144, %738
	%740 = fadd float %736, %739
	%741 = getelementptr float, float* %492, i32 62
	%742 = load float, float* %741
	%743 = fmul float %146, %742
	%744 = fadd float %740, %743
	%745 = getelementptr float, float* %492, i32 63
	%746 = load float, float* %745
	%747 = fmul float %148, %746
	%748 = fadd float %744, %747
	%749 = fmul float %748, 0.125
	%750 = fadd float %220, 1.0
	%751 = fmul float %750, 0xBFE62E4300000000
	%752 = fmul float %751, 0x3FF7154760000000
	%753 = call float @llvm.nvvm.ex2.approx.f(float %752)
	%754 = fsub float %219, %225
	%755 = fmul float %753, %754
	%756 = fsub float %749, %755
	%757 = fdiv float %756, 30.0
	%758 = fmul float %757, 2.0
	%759 = fmul float %758, 0x3FF7154760000000
	%760 = call float @llvm.nvvm.ex2.approx.f(float %759)
	%761 = fadd float %760, 1.0
	%762 = fdiv float 2.0, %761
	%763 = fsub float 1.0, %762
	%764 = fmul float %763, 30.0
	%765 = load float, float* %150
	%766 = fcmp ogt float %764, %765
	%767 = select i1 %766, float %764, float %765
	%768 = fsub float %765, %767
	%769 = fmul float %768, 0x3FF7154760000000
	%770 = call float @llvm.nvvm.ex2.approx.f(float %769)
	%771 = fsub float %764, %767
	%772 = fmul float %771, 0x3FF7154760000000
	%773 = call float @llvm.nvvm.ex2.approx.f(float %772)
	store float %767, float* %150
	%774 = load float, float* %151
	%775 = fmul float %774, %770
	%776 = fadd float %775, %773
	store float %776, float* %151
	%777 = mul i32 %222, 64
	%778 = getelementptr float, float* %20, i32 %777
	%779 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%780 = getelementptr float, float* %778, i32 0
	%781 = load float, float* %780
	%782 = load float, float* %779
	%783 = fmul float %782, %770
	%784 = fmul float %773, %781
	%785 = fadd float %783, %784
	store float %785, float* %779
	%786 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%787 = getelementptr float, float* %778, i32 1
	%788 = load float, float* %787
	%789 = load float, float* %786
	%790 = fmul float %789, %770
	%791 = fmul float %773, %788
	%792 = fadd float %790, %791
	store float %792, float* %786
	%793 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%794 = getelementptr float, float* %778, i32 2
	%795 = load float, float* %794
	%796 = load float, float* %793
	%797 = fmul float %796, %770
	%798 = fmul float %773, %795
	%799 = fadd float %797, %798
	store float %799, float* %793
	%800 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%801 = getelementptr float, float* %778, i32 3
	%802 = load float, float* %801
	%803 = load float, float* %800
	%804 = fmul float %803, %770
	%805 = fmul float %773, %802
	%806 = fadd float %804, %805
	store float %806, float* %800
	%807 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%808 = getelementptr float, float* %778, i32 4
	%809 = load float, float* %808
	%810 = load float, float* %807
	%811 = fmul float %810, %770
	%812 = fmul float %773, %809
	%813 = fadd float %811, %812
	store float %813, float* %807
	%814 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%815 = getelementptr float, float* %778, i32 5
	%816 = load float, float* %815
	%817 = load float, float* %814
	%818 = fmul float %817, %770
	%819 = fmul float %773, %816
	%820 = fadd float %818, %819
	store float %820, float* %814
	%821 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%822 = getelementptr float, float* %778, i32 6
	%823 = load float, float* %822
	%824 = load float, float* %821
	%825 = fmul float %824, %770
	%826 = fmul float %773, %823
	%827 = fadd float %825, %826
	store float %827, float* %821
	%828 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%829 = getelementptr float, float* %778, i32 7
	%830 = load float, float* %829
	%831 = load float, float* %828
	%832 = fmul float %831, %770
	%833 = fmul float %773, %830
	%834 = fadd float %832, %833
	store float %834, float* %828
	%835 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%836 = getelementptr float, float* %778, i32 8
	%837 = load float, float* %836
	%838 = load float, float* %835
	%839 = fmul float %838, %770
	%840 = fmul float %773, %837
	%841 = fadd float %839, %840
	store float %841, float* %835
	%842 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%843 = getelementptr float, float* %778, i32 9
	%844 = load float, float* %843
	%845 = load float, float* %842
	%846 = fmul float %845, %770
	%847 = fmul float %773, %844
	%848 = fadd float %846, %847
	store float %848, float* %842
	%849 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%850 = getelementptr float, float* %778, i32 10
	%851 = load float, float* %850
	%852 = load float, float* %849
	%853 = fmul float %852, %770
	%854 = fmul float %773, %851
	%855 = fadd float %853, %854
	store float %855, float* %849
	%856 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%857 = getelementptr float, float* %778, i32 11
	%858 = load float, float* %857
	%859 = load float, float* %856
	%860 = fmul float %859, %770
	%861 = fmul float %773, %858
	%862 = fadd float %860, %861
	store float %862, float* %856
	%863 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%864 = getelementptr float, float* %778, i32 12
	%865 = load float, float* %864
	%866 = load float, float* %863
	%867 = fmul float %866, %770
	%868 = fmul float %773, %865
	%869 = fadd float %867, %868
	store float %869, float* %863
	%870 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%871 = getelementptr float, float* %778, i32 13
	%872 = load float, float* %871
	%873 = load float, float* %870
	%874 = fmul float %873, %770
	%875 = fmul float %773, %872
	%876 = fadd float %874, %875
	store float %876, float* %870
	%877 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%878 = getelementptr float, float* %778, i32 14
	%879 = load float, float* %878
	%880 = load float, float* %877
	%881 = fmul float %880, %770
	%882 = fmul float %773, %879
	%883 = fadd float %881, %882
	store float %883, float* %877
	%884 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%885 = getelementptr float, float* %778, i32 15
	%886 = load float, float* %885
	%887 = load float, float* %884
	%888 = fmul float %887, %770
	%889 = fmul float %773, %886
	%890 = fadd float %888, %889
	store float %890, float* %884
	%891 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%892 = getelementptr float, float* %778, i32 16
	%893 = load float, float* %892
	%894 = load float, float* %891
	%895 = fmul float %894, %770
	%896 = fmul float %773, %893
	%897 = fadd float %895, %896
	store float %897, float* %891
	%898 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%899 = getelementptr float, float* %778, i32 17
	%900 = load float, float* %899
	%901 = load float, float* %898
	%902 = fmul float %901, %770
	%903 = fmul float %773, %900
	%904 = fadd float %902, %903
	store float %904, float* %898
	%905 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%906 = getelementptr float, float* %778, i32 18
	%907 = load float, float* %906
	%908 = load float, float* %905
	%909 = fmul float %908, %770
	%910 = fmul float %773, %907
	%911 = fadd float %909, %910
	store float %911, float* %905
	%912 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%913 = getelementptr float, float* %778, i32 19
	%914 = load float, float* %913
	%915 = load float, float* %912
	%916 = fmul float %915, %770
	%917 = fmul float %773, %914
	%918 = fadd float %916, %917
	store float %918, float* %912
	%919 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%920 = getelementptr float, float* %778, i32 20
	%921 = load float, float* %920
	%922 = load float, float* %919
	%923 = fmul float %922, %770
	%924 = fmul float %773, %921
	%925 = fadd float %923, %924
	store float %925, float* %919
	%926 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%927 = getelementptr float, float* %778, i32 21
	%928 = load float, float* %927
	%929 = load float, float* %926
	%930 = fmul float %929, %770
	%931 = fmul float %773, %928
	%932 = fadd float %930, %931
	store float %932, float* %926
	%933 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%934 = getelementptr float, float* %778, i32 22
	%935 = load float, float* %934
	%936 = load float, float* %933
	%937 = fmul float %936, %770
	%938 = fmul float %773, %935
	%939 = fadd float %937, %938
	store float %939, float* %933
	%940 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%941 = getelementptr float, float* %778, i32 23
	%942 = load float, float* %941
	%943 = load float, float* %940
	%944 = fmul float %943, %770
	%945 = fmul float %773, %942
	%946 = fadd float %944, %945
	store float %946, float* %940
	%947 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%948 = getelementptr float, float* %778, i32 24
	%949 = load float, float* %948
	%950 = load float, float* %947
	%951 = fmul float %950, %770
	%952 = fmul float %773, %949
	%953 = fadd float %951, %952
	store float %953, float* %947
	%954 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%955 = getelementptr float, float* %778, i32 25
	%956 = load float, float* %955
	%957 = load float, float* %954
	%958 = fmul float %957, %770
	%959 = fmul float %773, %956
	%960 = fadd float %958, %959
	store float %960, float* %954
	%961 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%962 = getelementptr float, float* %778, i32 26
	%963 = load float, float* %962
	%964 = load float, float* %961
	%965 = fmul float %964, %770
	%966 = fmul float %773, %963
	%967 = fadd float %965, %966
	store float %967, float* %961
	%968 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%969 = getelementptr float, float* %778, i32 27
	%970 = load float, float* %969
	%971 = load float, float* %968
	%972 = fmul float %971, %770
	%973 = fmul float %773, %970
	%974 = fadd float %972, %973
	store float %974, float* %968
	%975 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%976 = getelementptr float, float* %778, i32 28
	%977 = load float, float* %976
	%978 = load float, float* %975
	%979 = fmul float %978, %770
	%980 = fmul float %773, %977
	%981 = fadd float %979, %980
	store float %981, float* %975
	%982 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%983 = getelementptr float, float* %778, i32 29
	%984 = load float, float* %983
	%985 = load float, float* %982
	%986 = fmul float %985, %770
	%987 = fmul float %773, %984
	%988 = fadd float %986, %987
	store float %988, float* %982
	%989 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%990 = getelementptr float, float* %778, i32 30
	%991 = load float, float* %990
	%992 = load float, float* %989
	%993 = fmul float %992, %770
	%994 = fmul float %773, %991
	%995 = fadd float %993, %994
	store float %995, float* %989
	%996 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%997 = getelementptr float, float* %778, i32 31
	%998 = load float, float* %997
	%999 = load float, float* %996
	%1000 = fmul float %999, %770
	%1001 = fmul float %773, %998
	%1002 = fadd float %1000, %1001
	store float %1002, float* %996
	%1003 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%1004 = getelementptr float, float* %778, i32 32
	%1005 = load float, float* %1004
	%1006 = load float, float* %1003
	%1007 = fmul float %1006, %770
	%1008 = fmul float %773, %1005
	%1009 = fadd float %1007, %1008
	store float %1009, float* %1003
	%1010 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%1011 = getelementptr float, float* %778, i32 33
	%1012 = load float, float* %1011
	%1013 = load float, float* %1010
	%1014 = fmul float %1013, %770
	%1015 = fmul float %773, %1012
	%1016 = fadd float %1014, %1015
	store float %1016, float* %1010
	%1017 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%1018 = getelementptr float, float* %778, i32 34
	%1019 = load float, float* %1018
	%1020 = load float, float* %1017
	%1021 = fmul float %1020, %770
	%1022 = fmul float %773, %1019
	%1023 = fadd float %1021, %1022
	store float %1023, float* %1017
	%1024 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%1025 = getelementptr float, float* %778, i32 35
	%1026 = load float, float* %1025
	%1027 = load float, float* %1024
	%1028 = fmul float %1027, %770
	%1029 = fmul float %773, %1026
	%1030 = fadd float %1028, %1029
	store float %1030, float* %1024
	%1031 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%1032 = getelementptr float, float* %778, i32 36
	%1033 = load float, float* %1032
	%1034 = load float, float* %1031
	%1035 = fmul float %1034, %770
	%1036 = fmul float %773, %1033
	%1037 = fadd float %1035, %1036
	store float %1037, float* %1031
	%1038 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%1039 = getelementptr float, float* %778, i32 37
	%1040 = load float, float* %1039
	%1041 = load float, float* %1038
	%1042 = fmul float %1041, %770
	%1043 = fmul float %773, %1040
	%1044 = fadd float %1042, %1043
	store float %1044, float* %1038
	%1045 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%1046 = getelementptr float, float* %778, i32 38
	%1047 = load float, float* %1046
	%1048 = load float, float* %1045
	%1049 = fmul float %1048, %770
	%1050 = fmul float %773, %1047
	%1051 = fadd float %1049, %1050
	store float %1051, float* %1045
	%1052 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%1053 = getelementptr float, float* %778, i32 39
	%1054 = load float, float* %1053
	%1055 = load float, float* %1052
	%1056 = fmul float %1055, %770
	%1057 = fmul float %773, %1054
	%1058 = fadd float %1056, %1057
	store float %1058, float* %1052
	%1059 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%1060 = getelementptr float, float* %778, i32 40
	%1061 = load float, float* %1060
	%1062 = load float, float* %1059
	%1063 = fmul float %1062, %770
	%1064 = fmul float %773, %1061
	%1065 = fadd float %1063, %1064
	store float %1065, float* %1059
	%1066 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%1067 = getelementptr float, float* %778, i32 41
	%1068 = load float, float* %1067
	%1069 = load float, float* %1066
	%1070 = fmul float %1069, %770
	%1071 = fmul float %773, %1068
	%1072 = fadd float %1070, %1071
	store float %1072, float* %1066
	%1073 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%1074 = getelementptr float, float* %778, i32 42
	%1075 = load float, float* %1074
	%1076 = load float, float* %1073
	%1077 = fmul float %1076, %770
	%1078 = fmul float %773, %1075
	%1079 = fadd float %1077, %1078
	store float %1079, float* %1073
	%1080 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%1081 = getelementptr float, float* %778, i32 43
	%1082 = load float, float* %1081
	%1083 = load float, float* %1080
	%1084 = fmul float %1083, %770
	%1085 = fmul float %773, %1082
	%1086 = fadd float %1084, %1085
	store float %1086, float* %1080
	%1087 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%1088 = getelementptr float, float* %778, i32 44
	%1089 = load float, float* %1088
	%1090 = load float, float* %1087
	%1091 = fmul float %1090, %770
	%1092 = fmul float %773, %1089
	%1093 = fadd float %1091, %1092
	store float %1093, float* %1087
	%1094 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%1095 = getelementptr float, float* %778, i32 45
	%1096 = load float, float* %1095
	%1097 = load float, float* %1094
	%1098 = fmul float %1097, %770
	%1099 = fmul float %773, %1096
	%1100 = fadd float %1098, %1099
	store float %1100, float* %1094
	%1101 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%1102 = getelementptr float, float* %778, i32 46
	%1103 = load float, float* %1102
	%1104 = load float, float* %1101
	%1105 = fmul float %1104, %770
	%1106 = fmul float %773, %1103
	%1107 = fadd float %1105, %1106
	store float %1107, float* %1101
	%1108 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%1109 = getelementptr float, float* %778, i32 47
	%1110 = load float, float* %1109
	%1111 = load float, float* %1108
	%1112 = fmul float %1111, %770
	%1113 = fmul float %773, %1110
	%1114 = fadd float %1112, %1113
	store float %1114, float* %1108
	%1115 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%1116 = getelementptr float, float* %778, i32 48
	%1117 = load float, float* %1116
	%1118 = load float, float* %1115
	%1119 = fmul float %1118, %770
	%1120 = fmul float %773, %1117
	%1121 = fadd float %1119, %1120
	store float %1121, float* %1115
	%1122 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%1123 = getelementptr float, float* %778, i32 49
	%1124 = load float, float* %1123
	%1125 = load float, float* %1122
	%1126 = fmul float %1125, %770
	%1127 = fmul float %773, %1124
	%1128 = fadd float %1126, %1127
	store float %1128, float* %1122
	%1129 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%1130 = getelementptr float, float* %778, i32 50
	%1131 = load float, float* %1130
	%1132 = load float, float* %1129
	%1133 = fmul float %1132, %770
	%1134 = fmul float %773, %1131
	%1135 = fadd float %1133, %1134
	store float %1135, float* %1129
	%1136 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%1137 = getelementptr float, float* %778, i32 51
	%1138 = load float, float* %1137
	%1139 = load float, float* %1136
	%1140 = fmul float %1139, %770
	%1141 = fmul float %773, %1138
	%1142 = fadd float %1140, %1141
	store float %1142, float* %1136
	%1143 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%1144 = getelementptr float, float* %778, i32 52
	%1145 = load float, float* %1144
	%1146 = load float, float* %1143
	%1147 = fmul float %1146, %770
	%1148 = fmul float %773, %1145
	%1149 = fadd float %1147, %1148
	store float %1149, float* %1143
	%1150 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%1151 = getelementptr float, float* %778, i32 53
	%1152 = load float, float* %1151
	%1153 = load float, float* %1150
	%1154 = fmul float %1153, %770
	%1155 = fmul float %773, %1152
	%1156 = fadd float %1154, %1155
	store float %1156, float* %1150
	%1157 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%1158 = getelementptr float, float* %778, i32 54
	%1159 = load float, float* %1158
	%1160 = load float, float* %1157
	%1161 = fmul float %1160, %770
	%1162 = fmul float %773, %1159
	%1163 = fadd float %1161, %1162
	store float %1163, float* %1157
	%1164 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%1165 = getelementptr float, float* %778, i32 55
	%1166 = load float, float* %1165
	%1167 = load float, float* %1164
	%1168 = fmul float %1167, %770
	%1169 = fmul float %773, %1166
	%1170 = fadd float %1168, %1169
	store float %1170, float* %1164
	%1171 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%1172 = getelementptr float, float* %778, i32 56
	%1173 = load float, float* %1172
	%1174 = load float, float* %1171
	%1175 = fmul float %1174, %770
	%1176 = fmul float %773, %1173
	%1177 = fadd float %1175, %1176
	store float %1177, float* %1171
	%1178 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%1179 = getelementptr float, float* %778, i32 57
	%1180 = load float, float* %1179
	%1181 = load float, float* %1178
	%1182 = fmul float %1181, %770
	%1183 = fmul float %773, %1180
	%1184 = fadd float %1182, %1183
	store float %1184, float* %1178
	%1185 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%1186 = getelementptr float, float* %778, i32 58
	%1187 = load float, float* %1186
	%1188 = load float, float* %1185
	%1189 = fmul float %1188, %770
	%1190 = fmul float %773, %1187
	%1191 = fadd float %1189, %1190
	store float %1191, float* %1185
	%1192 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%1193 = getelementptr float, float* %778, i32 59
	%1194 = load float, float* %1193
	%1195 = load float, float* %1192
	%1196 = fmul float %1195, %770
	%1197 = fmul float %773, %1194
	%1198 = fadd float %1196, %1197
	store float %1198, float* %1192
	%1199 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%1200 = getelementptr float, float* %778, i32 60
	%1201 = load float, float* %1200
	%1202 = load float, float* %1199
	%1203 = fmul float %1202, %770
	%1204 = fmul float %773, %1201
	%1205 = fadd float %1203, %1204
	store float %1205, float* %1199
	%1206 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%1207 = getelementptr float, float* %778, i32 61
	%1208 = load float, float* %1207
	%1209 = load float, float* %1206
	%1210 = fmul float %1209, %770
	%1211 = fmul float %773, %1208
	%1212 = fadd float %1210, %1211
	store float %1212, float* %1206
	%1213 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%1214 = getelementptr float, float* %778, i32 62
	%1215 = load float, float* %1214
	%1216 = load float, float* %1213
	%1217 = fmul float %1216, %770
	%1218 = fmul float %773, %1215
	%1219 = fadd float %1217, %1218
	store float %1219, float* %1213
	%1220 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%1221 = getelementptr float, float* %778, i32 63
	%1222 = load float, float* %1221
	%1223 = load float, float* %1220
	%1224 = fmul float %1223, %770
	%1225 = fmul float %773, %1222
	%1226 = fadd float %1224, %1225
	store float %1226, float* %1220
	br label %next
}
